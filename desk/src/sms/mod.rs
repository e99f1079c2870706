//! SMS out and in: the gateway behind a small trait, the durable outbox, what each staff
//! action queues, reminders, the sender job, the gateway's signed webhook, the person's code.
//!
//! - [`gateway`]: the [`gateway::SmsGateway`] trait (send one message with our id).
//! - [`capcom`]: capcom6 "SMS Gateway for Android": its send API and its signed webhooks.
//! - [`outbox`]: the `sms_outbox` table: queue once, lease, results, delivery reports.
//! - [`plan`]: which messages a staff action or an inbound SMS queues, in its transaction.
//! - [`texts`]: the words of a message, the sender's name, the code, the neutral check.
//! - [`sender`]: the job that hands due messages to the gateway, with retries and backoff.
//! - [`webhook`]: the route the gateway calls (`/v1/sms/capcom`).
//! - [`code`]: the short code a person reads to reception on the phone.

pub mod capcom;
pub mod code;
pub mod gateway;
pub mod outbox;
pub mod plan;
pub mod sender;
pub mod texts;
pub mod webhook;

use chrono_tz::Tz;
use relais_core::reminder::ReminderPolicy;

/// What the SMS rules need, copied into each database closure (cheap, `Clone`).
#[derive(Clone, Debug)]
pub struct SmsPolicy {
    /// The CMP's neutral name, at the start of every message.
    pub sender_name: String,
    /// The desk's clock (from its département).
    pub tz: Tz,
    pub reminders: ReminderPolicy,
    pub max_attempts: u32,
    /// See [`sender`]: how long a message being handed over is held.
    pub lease: chrono::Duration,
}
