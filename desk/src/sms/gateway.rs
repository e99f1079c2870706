//! The seam between the outbox and whatever sends SMS: one call, "send this text to this
//! number under this id". An operator's HTTP API can be added later behind the same trait.

use std::future::Future;
use std::pin::Pin;

/// One message, as the outbox hands it over.
#[derive(Clone, Copy, Debug)]
pub struct Outgoing<'a> {
    /// Our id for the message. Gateways must treat a second message with the same id as the
    /// same message: this is what makes a resend after a crash harmless.
    pub id: &'a str,
    /// E.164 number.
    pub to: &'a str,
    pub text: &'a str,
    /// Seconds after which the gateway must give up rather than send late.
    pub ttl_seconds: u64,
}

/// The gateway took the message (it will send it and report by webhook).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accepted {
    /// The gateway's id for the message (ours, for gateways that keep it).
    pub gateway_ref: String,
    /// The gateway already had this id: a resend after a crash.
    pub duplicate: bool,
}

/// Why a message was not taken. The strings are classes of error for the staff and the logs,
/// never the message or the number.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Try again later (network, timeout, busy, server error, wrong credentials).
    #[error("gateway unavailable: {0}")]
    Retry(String),
    /// The gateway refused this message; sending it again will not help.
    #[error("gateway refused the message: {0}")]
    Refused(String),
}

pub type SendFuture<'a> = Pin<Box<dyn Future<Output = Result<Accepted, SendError>> + Send + 'a>>;

/// Something that sends SMS.
pub trait SmsGateway: Send + Sync + std::fmt::Debug {
    fn send<'a>(&'a self, message: Outgoing<'a>) -> SendFuture<'a>;
}
