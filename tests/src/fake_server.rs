//! A loopback HTTP server that answers what a test scripts: garbage, another request's
//! status, a backwards state, an endless body. For the phone's handling of hostile answers.

use std::net::SocketAddr;
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// One answer.
#[derive(Clone, Debug)]
pub enum Answer {
    /// Status and body, with a correct `Content-Length`.
    Body(u16, Vec<u8>),
    /// A head claiming `length` bytes, then zeros until the client hangs up.
    Claims(u64),
    /// Chunked zeros, forever.
    Endless,
}

pub type Handler = Arc<dyn Fn(&str) -> Answer + Send + Sync>;

/// Starts the server; `handler` gets the request line (`GET /v1/… HTTP/1.1`).
pub async fn start(handler: Handler) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("cannot listen on loopback");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move {
        while let Ok((mut s, _)) = listener.accept().await {
            let handler = handler.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
                    match s.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                }
                let head = String::from_utf8_lossy(&buf).to_string();
                let line = head.lines().next().unwrap_or("").to_owned();
                match handler(&line) {
                    Answer::Body(status, body) => {
                        let mut out = format!(
                            "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                            body.len()
                        )
                        .into_bytes();
                        out.extend_from_slice(&body);
                        let _ = s.write_all(&out).await;
                    }
                    Answer::Claims(length) => {
                        let head = format!(
                            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {length}\r\n\r\n"
                        );
                        if s.write_all(head.as_bytes()).await.is_err() {
                            return;
                        }
                        let zeros = vec![b'0'; 64 * 1024];
                        while s.write_all(&zeros).await.is_ok() {}
                    }
                    Answer::Endless => {
                        let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
                        if s.write_all(head.as_bytes()).await.is_err() {
                            return;
                        }
                        let mut chunk = b"10000\r\n".to_vec();
                        chunk.extend(std::iter::repeat_n(b'0', 0x10000));
                        chunk.extend_from_slice(b"\r\n");
                        while s.write_all(&chunk).await.is_ok() {}
                    }
                }
            });
        }
    });
    addr
}
