//! Referrals made on this phone: saved and queued in one transaction, their status as the
//! desk gives it, and their revocation (never sent if it had not left yet, else sent too).

use super::outbox::{self, OutboxKind};
use super::{Store, StoreError};
use crate::referral::Referral;
use crate::wire::{ReferralStatus, SubmitReferral};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Where a referral stands, as this phone knows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "progress")]
pub enum ReferralProgress {
    /// Saved, waiting for a network.
    Waiting,
    /// The desk has it; its last word.
    AtDesk { status: Box<ReferralStatus> },
    /// The desk refused it, or it could not be sent for too long: the professional calls.
    NotDelivered,
}

/// A referral with what the phone knows about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StoredReferral {
    pub referral: Referral,
    pub progress: ReferralProgress,
    /// Not exported: a key, not data about the person.
    #[serde(skip)]
    pub desk_token: Option<String>,
}

fn decode(
    body: &str,
    token: Option<String>,
    status: Option<String>,
) -> Result<StoredReferral, StoreError> {
    Ok(StoredReferral {
        referral: serde_json::from_str(body)?,
        progress: match status {
            Some(s) => serde_json::from_str(&s)?,
            None => ReferralProgress::Waiting,
        },
        desk_token: token,
    })
}

impl Store {
    /// Saves a referral the person consented to and queues it, in one transaction.
    pub fn create_referral(&self, r: &Referral, now: DateTime<Utc>) -> Result<(), StoreError> {
        let payload = serde_json::to_string(&SubmitReferral {
            id: r.id,
            structure_key: r.to.structure_key.clone(),
            professional: r.professional.clone(),
            person: r.person.clone(),
            consent: r.consent.clone(),
            copy_code: r.copy.clone(),
        })?;
        self.with_conn(|conn| {
            let tx = conn.transaction()?;
            tx.execute(
                "INSERT INTO referral (id, body, updated_at) VALUES (?1, ?2, ?3)",
                params![
                    r.id.to_string(),
                    serde_json::to_string(r)?,
                    now.to_rfc3339()
                ],
            )?;
            outbox::enqueue(&tx, r.id, OutboxKind::Referral, &payload, now)?;
            tx.commit()?;
            Ok(())
        })
    }

    pub fn referral(&self, id: Uuid) -> Result<StoredReferral, StoreError> {
        self.with_conn(|conn| {
            let row: Option<(String, Option<String>, Option<String>)> = conn
                .query_row(
                    "SELECT body, desk_token, status FROM referral WHERE id = ?1",
                    [id.to_string()],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let (body, token, status) = row.ok_or(StoreError::NotFound(id))?;
            decode(&body, token, status)
        })
    }

    /// All referrals made on this phone, newest first.
    pub fn referrals(&self) -> Result<Vec<StoredReferral>, StoreError> {
        self.with_conn(|conn| {
            let mut stmt =
                conn.prepare("SELECT body, desk_token, status FROM referral ORDER BY id DESC")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            let mut out = Vec::new();
            for row in rows {
                let (body, token, status): (String, Option<String>, Option<String>) = row?;
                out.push(decode(&body, token, status)?);
            }
            Ok(out)
        })
    }

    /// What the desk said about a referral.
    pub fn set_referral_progress(
        &self,
        id: Uuid,
        progress: &ReferralProgress,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.with_conn(|conn| {
            conn.execute(
                "UPDATE referral SET status = ?2, updated_at = ?3 WHERE id = ?1",
                params![
                    id.to_string(),
                    serde_json::to_string(progress)?,
                    now.to_rfc3339()
                ],
            )?;
            Ok(())
        })
    }

    /// The person takes their consent back (on this phone, or the professional for them).
    /// Not sent yet: it never leaves. At the desk, or on its way: the desk is told, and
    /// deletes what was shared.
    pub fn revoke_referral(
        &self,
        id: Uuid,
        now: DateTime<Utc>,
    ) -> Result<StoredReferral, StoreError> {
        self.with_conn(|conn| {
            let tx = conn.transaction()?;
            let row: Option<(String, Option<String>, Option<String>)> = tx
                .query_row(
                    "SELECT body, desk_token, status FROM referral WHERE id = ?1",
                    [id.to_string()],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let (body, token, status) = row.ok_or(StoreError::NotFound(id))?;
            let mut stored = decode(&body, token, status)?;
            if !stored.referral.consent.revoke(now) {
                return Err(StoreError::Transition(
                    crate::request::TransitionError::Impossible {
                        from: "revoked",
                        event: "revoke",
                    },
                ));
            }
            tx.execute(
                "UPDATE referral SET body = ?2, updated_at = ?3 WHERE id = ?1",
                params![id.to_string(), serde_json::to_string(&stored.referral)?, now.to_rfc3339()],
            )?;
            let unsent = tx.execute(
                "DELETE FROM outbox WHERE request_id = ?1 AND kind = 'referral' AND lease_id IS NULL",
                [id.to_string()],
            )?;
            let at_desk = stored.desk_token.is_some()
                || tx
                    .query_row(
                        "SELECT EXISTS (SELECT 1 FROM outbox WHERE request_id = ?1 AND kind = 'referral')",
                        [id.to_string()],
                        |r| r.get::<_, bool>(0),
                    )?;
            if unsent == 0 && at_desk {
                outbox::enqueue(&tx, id, OutboxKind::Revoke, "{}", now)?;
            }
            tx.commit()?;
            Ok(stored)
        })
    }
}
