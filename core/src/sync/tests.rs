//! The sync loop against a desk simulated in memory (the real desk is exercised from
//! `tests/`): order, exactly-once under faults and crashes, typed refusal of bad answers,
//! cancellation and budgets.
#![allow(clippy::unwrap_used)]

use super::*;
use crate::contact::{HumanContact, Phone, Who};
use crate::directory::DeskLink;
use crate::request::RequestContent;
use crate::request::tests::target;
use crate::request::{Appointment, AppointmentKind, CloseReason, RequestEvent, Target};
use crate::wire::{RequestStatus, SubmitRequest, SubmitResponse};
use proptest::prelude::*;
use std::collections::{BTreeMap, VecDeque};
use std::sync::Mutex;

/// What the simulated network does to the next exchange.
#[derive(Clone, Debug, PartialEq)]
enum Fault {
    /// The request never reaches the desk.
    DropBefore,
    /// The desk handles it, the answer is lost.
    DropAfter,
    Status(u16, Option<&'static str>),
    Garbage,
    /// A status about another request.
    OtherId,
    /// A body larger than the phone accepts.
    Huge,
    /// Never answers (until cancelled).
    Hang,
}

#[derive(Default)]
struct DeskState {
    /// id → (submitted body, state at the desk), in order of first receipt.
    requests: BTreeMap<Uuid, (String, RequestState)>,
    order: Vec<Uuid>,
    log: Vec<(Method, String)>,
}

#[derive(Default)]
struct FakeDesk {
    state: Mutex<DeskState>,
    faults: Mutex<VecDeque<Option<Fault>>>,
    /// URLs of desks that are down: connection refused.
    down: Mutex<Vec<String>>,
}

impl std::fmt::Debug for FakeDesk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FakeDesk")
    }
}

fn json(status: u16, v: &impl serde::Serialize) -> HttpResponse {
    HttpResponse {
        status,
        headers: vec![],
        body: serde_json::to_vec(v).unwrap(),
    }
}

impl FakeDesk {
    fn fault(&self, f: Fault) {
        self.faults.lock().unwrap().push_back(Some(f));
    }

    fn ok_next(&self, n: usize) {
        let mut q = self.faults.lock().unwrap();
        for _ in 0..n {
            q.push_back(None);
        }
    }

    fn set_state(&self, id: Uuid, s: RequestState) {
        self.state.lock().unwrap().requests.get_mut(&id).unwrap().1 = s;
    }

    fn handle(&self, req: &HttpRequest) -> HttpResponse {
        let mut st = self.state.lock().unwrap();
        let path = req.url.split_once("/v1").map_or("", |(_, p)| p).to_owned();
        st.log.push((req.method, path.clone()));
        let token = |id: &Uuid| format!("tok-{id}");
        let authorised = |id: &Uuid| {
            req.headers
                .iter()
                .any(|(n, v)| *n == "authorization" && *v == format!("Bearer {}", token(id)))
        };
        let now = Utc::now();
        match (req.method, path.as_str()) {
            (Method::Post, "/requests") => {
                let body = String::from_utf8(req.body.clone()).unwrap();
                let sub: SubmitRequest = serde_json::from_str(&body).unwrap();
                let state = match st.requests.get(&sub.id) {
                    Some((b, _)) if *b != body => return json(409, &"conflict"),
                    Some((_, s)) => s.clone(),
                    None => {
                        let s = RequestState::Received { at: now };
                        st.requests.insert(sub.id, (body, s.clone()));
                        st.order.push(sub.id);
                        s
                    }
                };
                json(
                    200,
                    &SubmitResponse {
                        id: sub.id,
                        token: token(&sub.id),
                        status: RequestStatus {
                            id: sub.id,
                            state,
                            updated_at: now,
                        },
                    },
                )
            }
            (m, p) => {
                let rest = p.strip_prefix("/requests/").unwrap_or("");
                let (id, withdraw) = match rest.strip_suffix("/withdraw") {
                    Some(id) => (id, true),
                    None => (rest, false),
                };
                let Ok(id) = Uuid::parse_str(id) else {
                    return json(404, &"not_found");
                };
                if !authorised(&id) || !st.requests.contains_key(&id) {
                    return json(404, &"not_found");
                }
                let entry = st.requests.get_mut(&id).unwrap();
                if withdraw && m == Method::Post {
                    entry.1 = RequestState::Closed {
                        why: CloseReason::Withdrawn,
                        at: now,
                    };
                }
                json(
                    200,
                    &RequestStatus {
                        id,
                        state: entry.1.clone(),
                        updated_at: now,
                    },
                )
            }
        }
    }
}

impl Transport for FakeDesk {
    fn send(&self, req: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, TransportError>> {
        Box::pin(async move {
            if self
                .down
                .lock()
                .unwrap()
                .iter()
                .any(|d| req.url.starts_with(d))
            {
                return Err(TransportError::Connect("refused".into()));
            }
            let fault = self.faults.lock().unwrap().pop_front().flatten();
            match fault {
                None => Ok(self.handle(&req)),
                Some(Fault::DropBefore) => Err(TransportError::Connect("dropped".into())),
                Some(Fault::DropAfter) => {
                    self.handle(&req);
                    Err(TransportError::Broken("connection reset".into()))
                }
                Some(Fault::Status(code, retry_after)) => Ok(HttpResponse {
                    status: code,
                    headers: retry_after
                        .map(|r| vec![("retry-after".to_owned(), r.to_owned())])
                        .unwrap_or_default(),
                    body: br#"{"error":"x","message":"y"}"#.to_vec(),
                }),
                Some(Fault::Garbage) => Ok(HttpResponse {
                    status: 200,
                    headers: vec![],
                    body: b"<html>portail captif</html>".to_vec(),
                }),
                Some(Fault::OtherId) => {
                    let mut r = self.handle(&req);
                    let text = String::from_utf8(r.body).unwrap();
                    let other = Uuid::now_v7().to_string();
                    let id_start = text.find("\"id\":\"").unwrap() + 6;
                    let mut t = text.clone();
                    t.replace_range(id_start..id_start + 36, &other);
                    r.body = t.into_bytes();
                    Ok(r)
                }
                Some(Fault::Huge) => Ok(HttpResponse {
                    status: 200,
                    headers: vec![],
                    body: vec![b' '; req.max_response_bytes + 1],
                }),
                Some(Fault::Hang) => std::future::pending().await,
            }
        })
    }
}

fn content() -> RequestContent {
    crate::store::tests::request("Samir").content
}

const DESK_A: &str = "http://127.0.0.1:7001";
const DESK_B: &str = "http://127.0.0.1:7002";

fn target_at(url: &str) -> Target {
    Target {
        desk: Some(DeskLink {
            url: DeskUrl::parse(url).unwrap(),
            sms: None,
        }),
        ..target()
    }
}

struct Phone1 {
    _dir: tempfile::TempDir,
    path: PathBuf,
    syncer: Syncer,
    desk: Arc<FakeDesk>,
    clock: Arc<Mutex<DateTime<Utc>>>,
}

impl Phone1 {
    fn new() -> Phone1 {
        Phone1::with_desk(Arc::new(FakeDesk::default()))
    }

    fn with_desk(desk: Arc<FakeDesk>) -> Phone1 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("phone.db");
        let clock = Arc::new(Mutex::new(Utc::now()));
        let syncer = Phone1::syncer(&path, desk.clone(), clock.clone());
        Phone1 {
            _dir: dir,
            path,
            syncer,
            desk,
            clock,
        }
    }

    fn syncer(
        path: &std::path::Path,
        desk: Arc<FakeDesk>,
        clock: Arc<Mutex<DateTime<Utc>>>,
    ) -> Syncer {
        let store = Arc::new(Store::open(path, None).unwrap());
        Syncer::new(store, desk, SyncConfig::default())
            .with_clock(Arc::new(move || *clock.lock().unwrap()))
    }

    /// The app is killed and started again: a new store connection, the same file.
    fn restart(&mut self) {
        self.syncer = Phone1::syncer(&self.path, self.desk.clone(), self.clock.clone());
    }

    fn store(&self) -> &Store {
        self.syncer.store()
    }

    fn now(&self) -> DateTime<Utc> {
        *self.clock.lock().unwrap()
    }

    fn advance(&self, d: chrono::Duration) {
        *self.clock.lock().unwrap() += d;
    }

    fn ask(&self, url: &str) -> Uuid {
        let r = Request::draft(content(), target_at(url), self.now());
        self.store().create_and_submit(&r, self.now()).unwrap();
        r.id
    }

    async fn sync(&self) -> SyncReport {
        self.syncer
            .sync(SyncOptions::default(), &CancelToken::new())
            .await
    }

    async fn sync_now(&self) -> SyncReport {
        let options = SyncOptions {
            ignore_backoff: true,
            ..SyncOptions::default()
        };
        self.syncer.sync(options, &CancelToken::new()).await
    }

    fn state(&self, id: Uuid) -> RequestState {
        self.store().get(id).unwrap().state
    }
}

fn named(name: &str) -> HumanContact {
    HumanContact::new(
        Who::named(name, None),
        "CMP",
        Phone::parse("01 99 00 10 01").unwrap(),
        None,
    )
}

#[tokio::test]
async fn queued_requests_leave_in_order_once_even_when_an_answer_is_lost() {
    let p = Phone1::new();
    let ids: Vec<Uuid> = (0..5).map(|_| p.ask(DESK_A)).collect();
    p.desk.ok_next(1);
    p.desk.fault(Fault::DropAfter);
    let first = p.sync().await;
    assert_eq!(first.changes, vec![Change::Delivered { id: ids[0] }]);
    assert_eq!(
        first.pending, 4,
        "the lost answer stops the queue for that desk"
    );
    let second = p.sync_now().await;
    assert_eq!(second.pending, 0);
    assert_eq!(
        p.desk.state.lock().unwrap().order,
        ids,
        "in order, once each"
    );
    for id in &ids {
        assert!(matches!(p.state(*id), RequestState::Received { .. }));
        assert_eq!(
            p.store().desk_token(*id).unwrap(),
            Some(format!("tok-{id}"))
        );
    }
}

#[tokio::test]
async fn a_down_desk_does_not_hold_up_another() {
    let p = Phone1::new();
    let a1 = p.ask(DESK_A);
    let b1 = p.ask(DESK_B);
    let a2 = p.ask(DESK_A);
    p.desk.down.lock().unwrap().push(DESK_A.into());
    let r = p.sync().await;
    assert_eq!(r.changes, vec![Change::Delivered { id: b1 }]);
    let posts_to_a = p
        .desk
        .state
        .lock()
        .unwrap()
        .log
        .iter()
        .filter(|(m, _)| *m == Method::Post)
        .count();
    assert_eq!(posts_to_a, 1, "only B's request reached a desk");
    assert!(matches!(p.state(a1), RequestState::Queued { .. }));
    assert!(matches!(p.state(a2), RequestState::Queued { .. }));
    assert_eq!(r.pending, 2);
    // A is back; the backoff is respected until the person or the network asks.
    p.desk.down.lock().unwrap().clear();
    assert_eq!(p.sync().await.pending, 2);
    assert_eq!(p.sync_now().await.pending, 0);
    assert_eq!(p.desk.state.lock().unwrap().order, vec![b1, a1, a2]);
}

#[tokio::test]
async fn retry_after_is_respected() {
    let p = Phone1::new();
    p.ask(DESK_A);
    p.desk.fault(Fault::Status(503, Some("600")));
    let r = p.sync().await;
    // The store keeps milliseconds.
    assert!(r.next_due.unwrap() > p.now() + chrono::Duration::milliseconds(599_999));
    p.desk.fault(Fault::Status(429, None));
    let r = p.sync_now().await;
    assert_eq!(r.pending, 1);
    assert!(
        r.problems
            .iter()
            .all(|pb| matches!(pb.error, SyncError::Desk(DeskError::Unavailable { .. })))
    );
}

#[tokio::test]
async fn a_refused_request_tells_the_person_to_call() {
    let p = Phone1::new();
    let id = p.ask(DESK_A);
    p.desk.fault(Fault::Status(422, None));
    let r = p.sync().await;
    assert_eq!(r.changes, vec![Change::NotDelivered { id }]);
    assert_eq!(r.pending, 0);
    let who = p.store().get(id).unwrap().who_to_call();
    assert_eq!(who.reason.key, "who-closed-not-delivered");
    assert!(who.then.last().unwrap().is_always_open());
}

#[tokio::test]
async fn a_request_without_desk_is_never_sent_and_names_a_human() {
    let p = Phone1::new();
    let no_desk = Target {
        desk: None,
        ..target()
    };
    let r = Request::draft(content(), no_desk, p.now());
    p.store().create_and_submit(&r, p.now()).unwrap();
    let report = p.sync().await;
    assert_eq!(report.changes, vec![Change::NotDelivered { id: r.id }]);
    assert!(p.desk.state.lock().unwrap().log.is_empty());
}

#[tokio::test]
async fn offline_for_days_then_given_up_with_someone_to_call() {
    let p = Phone1::new();
    let id = p.ask(DESK_A);
    p.desk.down.lock().unwrap().push(DESK_A.into());
    for _ in 0..6 {
        p.advance(chrono::Duration::days(1));
        assert!(p.sync().await.changes.is_empty());
    }
    p.advance(chrono::Duration::days(1) + chrono::Duration::minutes(1));
    let r = p.sync().await;
    assert_eq!(r.changes, vec![Change::NotDelivered { id }]);
    assert_eq!(
        p.store().get(id).unwrap().who_to_call().reason.key,
        "who-closed-not-delivered"
    );
}

#[tokio::test]
async fn the_desk_is_the_authority_on_status() {
    let p = Phone1::new();
    let id = p.ask(DESK_A);
    p.sync().await;
    let appointment = Appointment {
        kind: AppointmentKind::WaitingList,
        when: None,
        place: "CMP".into(),
        with: named("Paul Girard"),
        confirmed_by: "Paul Girard".into(),
        confirmed_at: Utc::now(),
    };
    p.desk
        .set_state(id, RequestState::Confirmed(appointment.clone()));
    let r = p.sync().await;
    assert_eq!(
        r.changes,
        vec![Change::Updated {
            id,
            state: RequestState::Confirmed(appointment.clone())
        }]
    );
    assert_eq!(
        p.store().get(id).unwrap().who_to_call().contact.who.name(),
        Some("Paul Girard")
    );
    // Backwards, about another id, garbage, too large: typed, and nothing stored changes.
    p.desk
        .set_state(id, RequestState::Received { at: Utc::now() });
    for fault in [
        None,
        Some(Fault::OtherId),
        Some(Fault::Garbage),
        Some(Fault::Huge),
    ] {
        if let Some(f) = fault.clone() {
            p.desk.fault(f);
        }
        let r = p.sync().await;
        assert!(r.changes.is_empty(), "{fault:?}");
        assert_eq!(r.problems.len(), 1, "{fault:?}");
        let expected = match fault {
            None => matches!(r.problems[0].error, SyncError::Backwards { .. }),
            Some(Fault::Huge) => matches!(
                r.problems[0].error,
                SyncError::Desk(DeskError::Transport(TransportError::TooLarge { .. }))
            ),
            Some(_) => matches!(
                r.problems[0].error,
                SyncError::Desk(DeskError::BadAnswer(_))
            ),
        };
        assert!(expected, "{fault:?}: {:?}", r.problems[0].error);
        assert_eq!(p.state(id), RequestState::Confirmed(appointment.clone()));
    }
}

#[tokio::test]
async fn an_answer_about_another_request_is_not_acknowledged() {
    let p = Phone1::new();
    let id = p.ask(DESK_A);
    p.desk.fault(Fault::OtherId);
    let r = p.sync().await;
    assert!(r.changes.is_empty());
    assert!(matches!(p.state(id), RequestState::Queued { .. }));
    assert_eq!(p.store().desk_token(id).unwrap(), None);
}

#[tokio::test]
async fn withdrawals_reach_the_desk_after_the_request() {
    let p = Phone1::new();
    // Withdrawn before it left: nothing goes.
    let early = p.ask(DESK_A);
    p.store().withdraw(early, p.now()).unwrap();
    // Withdrawn after delivery: the desk is told, with the request's code.
    let late = p.ask(DESK_A);
    p.sync().await;
    p.store().withdraw(late, p.now()).unwrap();
    let r = p.sync().await;
    assert_eq!(r.changes, vec![Change::WithdrawalDelivered { id: late }]);
    let desk = p.desk.state.lock().unwrap();
    assert_eq!(desk.order, vec![late]);
    assert!(matches!(
        desk.requests[&late].1,
        RequestState::Closed {
            why: CloseReason::Withdrawn,
            ..
        }
    ));
}

#[tokio::test]
async fn a_cancelled_round_gives_back_what_it_held() {
    let p = Phone1::new();
    let id = p.ask(DESK_A);
    p.desk.fault(Fault::Hang);
    let cancel = CancelToken::new();
    let c2 = cancel.clone();
    let stopper = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(50)).await;
        c2.cancel();
    });
    let options = SyncOptions {
        budget: Duration::from_secs(3600),
        ignore_backoff: false,
    };
    let r = p.syncer.sync(options, &cancel).await;
    stopper.await.unwrap();
    assert_eq!(r.stopped, Some(Stopped::Cancelled));
    assert!(r.changes.is_empty());
    // The entry is free again at once, with no attempt counted, and goes next time.
    let again = p.sync().await;
    assert_eq!(again.changes, vec![Change::Delivered { id }]);
    assert_eq!(p.desk.state.lock().unwrap().order, vec![id]);
}

#[tokio::test]
async fn a_tiny_budget_stops_before_sending() {
    let p = Phone1::new();
    p.ask(DESK_A);
    let options = SyncOptions {
        budget: Duration::from_millis(10),
        ignore_backoff: false,
    };
    let r = p.syncer.sync(options, &CancelToken::new()).await;
    assert_eq!(r.stopped, Some(Stopped::OutOfTime));
    assert_eq!(r.pending, 1);
    assert!(p.desk.state.lock().unwrap().log.is_empty());
}

#[derive(Clone, Debug)]
enum Step {
    Ask,
    Withdraw(usize),
    Sync(Vec<Option<u8>>),
    Crash,
    Staff(usize),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => Just(Step::Ask),
        1 => (0usize..20).prop_map(Step::Withdraw),
        4 => proptest::collection::vec(proptest::option::weighted(0.5, 0u8..5), 0..8).prop_map(Step::Sync),
        1 => Just(Step::Crash),
        1 => (0usize..20).prop_map(Step::Staff),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Whatever the faults, crashes and withdrawals, once the network is good every request
    /// the person did not withdraw before it left is at the desk exactly once, and every
    /// state on the phone is one the desk said (or a local one before delivery).
    #[test]
    fn no_request_lost_or_duplicated(steps in proptest::collection::vec(step(), 1..40)) {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async {
            let mut p = Phone1::new();
            let mut asked: Vec<Uuid> = Vec::new();
            let mut withdrawn_early = HashSet::new();
            for s in steps {
                match s {
                    Step::Ask => asked.push(p.ask(DESK_A)),
                    Step::Withdraw(i) if !asked.is_empty() => {
                        let id = asked[i % asked.len()];
                        let before = p.state(id);
                        let delivered = p.desk.state.lock().unwrap().requests.contains_key(&id);
                        if p.store().withdraw(id, p.now()).is_ok()
                            && matches!(before, RequestState::Queued { .. })
                            && !delivered
                            && p.store().pending().unwrap().iter().all(|(r, _)| *r != id)
                        {
                            withdrawn_early.insert(id);
                        }
                    }
                    Step::Withdraw(_) => {}
                    Step::Sync(faults) => {
                        for f in faults {
                            p.desk.faults.lock().unwrap().push_back(f.map(|k| match k {
                                0 => Fault::DropBefore,
                                1 => Fault::DropAfter,
                                2 => Fault::Status(503, None),
                                3 => Fault::Garbage,
                                _ => Fault::Status(500, None),
                            }));
                        }
                        p.sync_now().await;
                        p.desk.faults.lock().unwrap().clear();
                    }
                    Step::Crash => p.restart(),
                    Step::Staff(i) => {
                        let ids: Vec<Uuid> = p.desk.state.lock().unwrap().order.clone();
                        if !ids.is_empty() {
                            let id = ids[i % ids.len()];
                            let mut d = p.desk.state.lock().unwrap();
                            let entry = d.requests.get_mut(&id).unwrap();
                            if let Ok(next) = entry.1.apply(
                                &RequestEvent::CallAttempt {
                                    outcome: crate::request::CallOutcome::NoAnswer,
                                    at: Utc::now(),
                                    by: None,
                                },
                                Utc::now(),
                            ) {
                                entry.1 = next;
                            }
                        }
                    }
                }
            }
            // The network is good now.
            p.sync_now().await;
            let r = p.sync_now().await;
            prop_assert_eq!(r.pending, 0);
            let desk = p.desk.state.lock().unwrap();
            let mut seen = HashSet::new();
            for id in &desk.order {
                prop_assert!(seen.insert(*id), "duplicate at the desk");
            }
            for id in &asked {
                if withdrawn_early.contains(id) {
                    prop_assert!(!desk.requests.contains_key(id));
                } else {
                    prop_assert!(desk.requests.contains_key(id), "lost: {}", id);
                }
                let local = p.store().get(*id).unwrap();
                // Every state names a human with a phone, ending with a 24/7 line.
                prop_assert!(local.who_to_call().then.last().is_some_and(HumanContact::is_always_open));
                if let Some((_, desk_state)) = desk.requests.get(id)
                    && !local.state.is_terminal()
                {
                    prop_assert_eq!(&local.state, desk_state);
                }
            }
            Ok(())
        })?;
    }
}
