//! The person's rights over what the phone holds (GDPR art. 15, 17, 20): export everything
//! as a readable file, and erase everything. Erasing is in [`Store::erase_everything`].

use crate::i18n::{Localizer, Message};
use crate::request::{Reach, Request};
use crate::store::{Store, StoreError};
use chrono::{DateTime, Utc};
use serde::Serialize;

/// Everything the phone holds about the person.
#[derive(Debug, Serialize)]
pub struct Export {
    pub exported_at: DateTime<Utc>,
    pub requests: Vec<ExportedRequest>,
    /// Referrals made on this phone (by a professional, with the person's consent).
    pub referrals: Vec<crate::store::StoredReferral>,
    pub settings: Vec<(String, String)>,
}

#[derive(Debug, Serialize)]
pub struct ExportedRequest {
    #[serde(flatten)]
    pub request: Request,
    /// (when, state), oldest first.
    pub history: Vec<(String, String)>,
}

/// Gathers the export. The desk's capability token is left out: it is a key, not data
/// about the person.
pub fn export(store: &Store, now: DateTime<Utc>) -> Result<Export, StoreError> {
    let mut requests = Vec::new();
    for request in store.list()? {
        let history = store.history(request.id)?;
        requests.push(ExportedRequest { request, history });
    }
    Ok(Export {
        exported_at: now,
        requests,
        referrals: store.referrals()?,
        settings: store.settings()?,
    })
}

impl Export {
    pub fn to_json(&self) -> String {
        // Serialising plain data to a String cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The same, as plain text in the person's language.
    pub fn to_text(&self, loc: &Localizer) -> String {
        let line =
            |key: &'static str, value: &str| loc.text(&Message::new(key).with("value", value));
        let mut out = vec![
            loc.key("export-title"),
            loc.key("export-intro"),
            String::new(),
        ];
        if self.requests.is_empty() {
            out.push(loc.key("export-none"));
        }
        for r in &self.requests {
            let req = &r.request;
            let tz = req.time_zone();
            out.push(
                loc.text(
                    &Message::new("export-request")
                        .with("date", loc.day(&req.created_at.with_timezone(&tz))),
                ),
            );
            out.push(line("export-name", &req.content.name));
            out.push(line("export-phone", &req.content.reach.phone().national()));
            if let Reach::Relay { relay_name, .. } = &req.content.reach {
                out.push(line("export-relay", relay_name));
            }
            out.push(line("export-to", &req.target.contact.structure));
            out.push(line("export-state", &loc.text(&req.state.message())));
            if let Some(m) = &req.content.message {
                out.push(line("export-message", m));
            }
            out.push(loc.key("export-history"));
            for (at, state) in &r.history {
                out.push(format!(
                    "  {}",
                    crate::request::history_line(loc, tz, at, state)
                ));
            }
            out.push(String::new());
        }
        for r in &self.referrals {
            let view = crate::referral::copy::CopyView::from(&r.referral);
            out.push(loc.key("copy-title"));
            out.extend(
                view.lines(Some(&r.referral.copy), loc)
                    .into_iter()
                    .map(|l| format!("  {l}")),
            );
            out.push(String::new());
        }
        if !self.settings.is_empty() {
            out.push(loc.key("export-settings"));
            for (k, v) in &self.settings {
                out.push(format!("  {k} = {v}"));
            }
        }
        out.join("\n")
    }
}
