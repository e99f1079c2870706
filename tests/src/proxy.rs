//! A fault-injecting proxy between the phones and the desk, on loopback.
//!
//! It speaks just enough HTTP/1.1 to act per request (bodies framed by `Content-Length`, as
//! the desk writes them): drop the request before the desk sees it, drop the answer after
//! the desk has committed, delay, truncate, or answer 500/503 itself. Independently, it can
//! shape every byte like a 2G link (bandwidth and round trip), which also works for TLS in
//! [`Proxy::start_tcp`] mode. It counts the bytes that cross it both ways.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the proxy does to one request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Closes the connection before the desk sees the request.
    DropBefore,
    /// Forwards, waits for the desk's whole answer (it has committed), then closes.
    DropAfter,
    /// Holds the answer this long.
    Delay(Duration),
    /// Sends half of the answer, then closes.
    Truncate,
    /// Answers this status itself (500, 503) without forwarding.
    Status(u16),
}

/// A link's shape: a 2G mobile link is about 50 kbit/s with a 300 ms round trip.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    pub bits_per_second: u64,
    pub round_trip: Duration,
}

impl Shape {
    pub const TWO_G: Shape = Shape {
        bits_per_second: 50_000,
        round_trip: Duration::from_millis(300),
    };

    /// Time for `n` bytes to cross in one direction.
    fn delay(&self, n: usize) -> Duration {
        self.round_trip / 2 + Duration::from_secs_f64(n as f64 * 8.0 / self.bits_per_second as f64)
    }
}

/// Faults to apply: a script first, then random ones with a probability.
#[derive(Debug, Default)]
struct Plan {
    script: VecDeque<Option<Fault>>,
    random: Option<(f64, u64)>,
    rng: u64,
}

impl Plan {
    fn next(&mut self) -> Option<Fault> {
        if let Some(f) = self.script.pop_front() {
            return f;
        }
        let (p, _) = self.random?;
        let r = self.roll();
        if r >= p {
            return None;
        }
        Some(match self.roll_index(5) {
            0 => Fault::DropBefore,
            1 => Fault::DropAfter,
            2 => Fault::Truncate,
            3 => Fault::Status(503),
            _ => Fault::Status(500),
        })
    }

    /// SplitMix64: reproducible from the seed, whatever the crate versions.
    fn next_u64(&mut self) -> u64 {
        self.rng = self.rng.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.rng;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn roll(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn roll_index(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }
}

#[derive(Debug, Default)]
struct Control {
    plan: Mutex<Plan>,
    shape: Mutex<Option<Shape>>,
    upstream: Mutex<Option<SocketAddr>>,
    /// Phone → desk and desk → phone.
    up: AtomicU64,
    down: AtomicU64,
    requests: AtomicU64,
    faults: AtomicU64,
}

/// A running proxy.
#[derive(Debug, Clone)]
pub struct Proxy {
    pub addr: SocketAddr,
    control: Arc<Control>,
}

impl Proxy {
    /// An HTTP-aware proxy to `upstream` (faults per request, and shaping).
    pub async fn start(upstream: SocketAddr) -> Proxy {
        Proxy::spawn(upstream, true).await
    }

    /// A byte-level proxy (shaping only): for TLS, which it cannot read.
    pub async fn start_tcp(upstream: SocketAddr) -> Proxy {
        Proxy::spawn(upstream, false).await
    }

    async fn spawn(upstream: SocketAddr, http: bool) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("the proxy cannot listen on loopback");
        let addr = listener.local_addr().expect("the proxy's address");
        let control = Arc::new(Control::default());
        *control.upstream.lock().unwrap_or_else(|p| p.into_inner()) = Some(upstream);
        let c = control.clone();
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let c = c.clone();
                tokio::spawn(async move {
                    let _ = client.set_nodelay(true);
                    if http {
                        let _ = serve_http(client, &c).await;
                    } else {
                        let _ = serve_tcp(client, &c).await;
                    }
                });
            }
        });
        Proxy { addr, control }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The desk moved (restarted on another port).
    pub fn set_upstream(&self, upstream: SocketAddr) {
        *self
            .control
            .upstream
            .lock()
            .unwrap_or_else(|p| p.into_inner()) = Some(upstream);
    }

    /// The next requests get these faults, in order (`None`: untouched).
    pub fn script(&self, faults: impl IntoIterator<Item = Option<Fault>>) {
        self.control
            .plan
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .script
            .extend(faults);
    }

    /// After the script, each request gets a random fault with probability `p`.
    pub fn random_faults(&self, p: f64, seed: u64) {
        let mut plan = self.control.plan.lock().unwrap_or_else(|p| p.into_inner());
        plan.random = (p > 0.0).then_some((p, seed));
        plan.rng = seed;
    }

    pub fn shape(&self, shape: Option<Shape>) {
        *self.control.shape.lock().unwrap_or_else(|p| p.into_inner()) = shape;
    }

    /// Bytes phone → desk and desk → phone so far.
    pub fn bytes(&self) -> (u64, u64) {
        (
            self.control.up.load(Ordering::SeqCst),
            self.control.down.load(Ordering::SeqCst),
        )
    }

    pub fn reset_counts(&self) {
        self.control.up.store(0, Ordering::SeqCst);
        self.control.down.store(0, Ordering::SeqCst);
        self.control.requests.store(0, Ordering::SeqCst);
        self.control.faults.store(0, Ordering::SeqCst);
    }

    /// Requests seen, and how many got a fault.
    pub fn counts(&self) -> (u64, u64) {
        (
            self.control.requests.load(Ordering::SeqCst),
            self.control.faults.load(Ordering::SeqCst),
        )
    }
}

impl Control {
    fn shape(&self) -> Option<Shape> {
        *self.shape.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn upstream(&self) -> Option<SocketAddr> {
        *self.upstream.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Writes `bytes`, as slowly as the link's shape says.
    async fn write(
        &self,
        to: &mut (impl AsyncWrite + Unpin),
        bytes: &[u8],
        counter: &AtomicU64,
    ) -> std::io::Result<()> {
        if let Some(shape) = self.shape() {
            tokio::time::sleep(shape.delay(bytes.len())).await;
        }
        counter.fetch_add(bytes.len() as u64, Ordering::SeqCst);
        to.write_all(bytes).await?;
        to.flush().await
    }
}

/// One HTTP/1.1 message: head and body, framed by `Content-Length`.
async fn read_message(
    from: &mut (impl AsyncRead + Unpin),
    buf: &mut Vec<u8>,
    has_body: impl Fn(&str) -> bool,
) -> std::io::Result<Option<Vec<u8>>> {
    let head_end = loop {
        if let Some(i) = find(buf, b"\r\n\r\n") {
            break i + 4;
        }
        let mut chunk = [0u8; 8192];
        let n = from.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buf.extend_from_slice(&chunk[..n]);
        if buf.len() > 1 << 20 {
            return Err(std::io::Error::other("head too large"));
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let len = if has_body(&head) {
        head.lines()
            .find_map(|l| {
                let (n, v) = l.split_once(':')?;
                n.trim()
                    .eq_ignore_ascii_case("content-length")
                    .then(|| v.trim().parse::<usize>().ok())?
            })
            .unwrap_or(0)
    } else {
        0
    };
    while buf.len() < head_end + len {
        let mut chunk = vec![0u8; (head_end + len - buf.len()).min(1 << 16)];
        let n = from.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let rest = buf.split_off(head_end + len);
    Ok(Some(std::mem::replace(buf, rest)))
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

async fn serve_http(mut client: TcpStream, c: &Control) -> std::io::Result<()> {
    let mut upstream: Option<TcpStream> = None;
    let mut from_client = Vec::new();
    let mut from_desk = Vec::new();
    loop {
        let Some(request) = read_message(&mut client, &mut from_client, |_| true).await? else {
            return Ok(());
        };
        c.requests.fetch_add(1, Ordering::SeqCst);
        let fault = c.plan.lock().unwrap_or_else(|p| p.into_inner()).next();
        if fault.is_some() {
            c.faults.fetch_add(1, Ordering::SeqCst);
        }
        // The request crosses the link (counted) even when the proxy then drops it.
        if let Some(shape) = c.shape() {
            tokio::time::sleep(shape.delay(request.len())).await;
        }
        c.up.fetch_add(request.len() as u64, Ordering::SeqCst);
        match fault {
            Some(Fault::DropBefore) => return Ok(()),
            Some(Fault::Status(code)) => {
                let body =
                    format!("{{\"error\":\"injected\",\"message\":\"proxy answered {code}\"}}");
                let answer = format!(
                    "HTTP/1.1 {code} Injected\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                c.write(&mut client, answer.as_bytes(), &c.down).await?;
                return Ok(());
            }
            _ => {}
        }
        if upstream.is_none() {
            let Some(addr) = c.upstream() else {
                return Ok(());
            };
            let s = TcpStream::connect(addr).await?;
            let _ = s.set_nodelay(true);
            upstream = Some(s);
        }
        let Some(desk) = upstream.as_mut() else {
            return Ok(());
        };
        desk.write_all(&request).await?;
        let is_head = request.starts_with(b"HEAD ");
        let Some(answer) = read_message(desk, &mut from_desk, |head| {
            let status = head.get(9..12).unwrap_or("");
            !is_head && !matches!(status, "204" | "304") && !status.starts_with('1')
        })
        .await?
        else {
            return Ok(());
        };
        match fault {
            Some(Fault::DropAfter) => return Ok(()),
            Some(Fault::Truncate) => {
                c.write(&mut client, &answer[..answer.len() / 2], &c.down)
                    .await?;
                return Ok(());
            }
            Some(Fault::Delay(d)) => tokio::time::sleep(d).await,
            _ => {}
        }
        c.write(&mut client, &answer, &c.down).await?;
    }
}

async fn serve_tcp(client: TcpStream, c: &Control) -> std::io::Result<()> {
    let Some(addr) = c.upstream() else {
        return Ok(());
    };
    let desk = TcpStream::connect(addr).await?;
    let _ = desk.set_nodelay(true);
    let (cr, cw) = client.into_split();
    let (dr, dw) = desk.into_split();
    let (a, b) = tokio::join!(pipe(cr, dw, c, &c.up), pipe(dr, cw, c, &c.down));
    a.and(b)
}

/// Copies one direction. With a shape, each chunk is timestamped when read and delivered
/// when the link would deliver it: transmission times add up (the link is busy), the one-way
/// latency does not (bytes in flight overlap), as on a real link.
async fn pipe(
    mut from: impl AsyncRead + Unpin,
    mut to: impl AsyncWrite + Unpin,
    c: &Control,
    counter: &AtomicU64,
) -> std::io::Result<()> {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<(tokio::time::Instant, Vec<u8>)>();
    let read = async move {
        let mut buf = vec![0u8; 16 * 1024];
        let mut busy_until = tokio::time::Instant::now();
        loop {
            let n = from.read(&mut buf).await?;
            if n == 0 {
                return Ok::<(), std::io::Error>(());
            }
            let now = tokio::time::Instant::now();
            let deliver = match c.shape() {
                Some(shape) => {
                    let start = busy_until.max(now);
                    busy_until = start
                        + Duration::from_secs_f64(n as f64 * 8.0 / shape.bits_per_second as f64);
                    busy_until + shape.round_trip / 2
                }
                None => now,
            };
            if tx.send((deliver, buf[..n].to_vec())).is_err() {
                return Ok(());
            }
        }
    };
    let write = async move {
        while let Some((at, bytes)) = rx.recv().await {
            tokio::time::sleep_until(at).await;
            counter.fetch_add(bytes.len() as u64, Ordering::SeqCst);
            to.write_all(&bytes).await?;
        }
        to.shutdown().await
    };
    let (a, b) = tokio::join!(read, write);
    a.and(b)
}
