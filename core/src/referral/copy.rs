//! The person's copy of a referral: what was shared, with whom, why, until when, the code
//! that opens it (and can take the consent back), and whom to call. As lines for a screen,
//! and as a printable page with a QR code of the code, for a person without a phone.
//!
//! The copy carries no data about the person: only which kinds of data were shared. So it can
//! be shown to whoever holds the code, on the desk's page or a phone, without disclosing more.

use super::{CopyCode, Referral, Shared};
use crate::contact::HumanContact;
use crate::i18n::{Direction, Localizer, Message};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// What a copy shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyView {
    pub professional: String,
    pub organisation: String,
    /// The CMP and whom to call there.
    pub contact: HumanContact,
    pub shared: Vec<Shared>,
    pub why: String,
    pub until: NaiveDate,
    pub given_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

impl From<&Referral> for CopyView {
    fn from(r: &Referral) -> CopyView {
        CopyView {
            professional: r.professional.name.clone(),
            organisation: r.professional.organisation.clone(),
            contact: r.to.contact.clone(),
            shared: r.consent.scope.clone(),
            why: r.consent.why.clone(),
            until: r.consent.until,
            given_at: r.consent.given_at,
            revoked_at: r.consent.revoked_at,
        }
    }
}

fn day(loc: &Localizer, d: NaiveDate) -> String {
    loc.day(&d.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc())
}

impl CopyView {
    /// The copy, one plain sentence per line. With the code when the holder may see it (the
    /// person's own copy), without when it is shown back to someone who typed it.
    pub fn lines(&self, code: Option<&CopyCode>, loc: &Localizer) -> Vec<String> {
        let tz = self.contact.region.tz();
        let mut lines = vec![
            loc.text(
                &Message::new("copy-who")
                    .with("worker", self.professional.as_str())
                    .with("organisation", self.organisation.as_str())
                    .with("structure", self.contact.structure.clone())
                    .with("date", loc.day(&self.given_at.with_timezone(&tz))),
            ),
        ];
        // A desk erases the purpose when the consent is taken back: no empty "Why:" line.
        if !self.why.trim().is_empty() {
            lines.push(loc.text(&Message::new("consent-why").with("why", self.why.as_str())));
        }
        lines.push(loc.key("copy-what"));
        let mut shared = self.shared.clone();
        shared.sort();
        lines.extend(
            shared
                .iter()
                .map(|s| format!("• {}", loc.key(s.message_key()))),
        );
        lines.push(match self.revoked_at {
            Some(at) => loc
                .text(&Message::new("copy-revoked").with("date", loc.day(&at.with_timezone(&tz)))),
            None => loc.text(&Message::new("copy-until").with("date", day(loc, self.until))),
        });
        if let Some(code) = code {
            lines.push(loc.text(&Message::new("copy-code").with("code", code.as_str())));
        }
        lines.push(
            loc.text(
                &Message::new("copy-call")
                    .with("structure", self.contact.structure.clone())
                    .with("phone", self.contact.phone.national()),
            ),
        );
        lines
    }
}

/// The QR code of a copy code, as an SVG drawing. It holds the code only: no address, no
/// link, so a photo of the page reveals nothing without the desk's rate-limited lookup.
pub fn qr_svg(code: &CopyCode) -> Option<String> {
    let qr = qrcode::QrCode::with_error_correction_level(code.as_str(), qrcode::EcLevel::M).ok()?;
    Some(
        qr.render::<qrcode::render::svg::Color<'_>>()
            .min_dimensions(160, 160)
            .quiet_zone(true)
            .build(),
    )
}

/// Escapes text for HTML.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The printable copy: a self-contained HTML page (no script, no link, no image file) in the
/// person's language and direction, with the code in large letters and as a QR code.
pub fn printable(view: &CopyView, code: &CopyCode, loc: &Localizer) -> String {
    let dir = match loc.direction() {
        Direction::RightToLeft => "rtl",
        Direction::LeftToRight => "ltr",
    };
    let lines: String = view
        .lines(None, loc)
        .iter()
        .map(|l| format!("<p>{}</p>\n", esc(l)))
        .collect();
    let qr = qr_svg(code).unwrap_or_default();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head><meta charset=\"utf-8\">\
         <title>{title}</title>\n<style>body{{font-family:sans-serif;font-size:14pt;max-width:40em;margin:2em auto}}\
         .code{{font-size:24pt;font-weight:bold;letter-spacing:.1em;direction:ltr;unicode-bidi:isolate}}</style></head>\n\
         <body>\n<h1>{title}</h1>\n{lines}<p>{code_label}</p>\n<p class=\"code\">{code}</p>\n<div>{qr}</div>\n\
         <p>{keep}</p>\n</body>\n</html>\n",
        lang = esc(loc.lang()),
        title = esc(&loc.key("copy-title")),
        code_label = esc(&loc.key("copy-code-label")),
        code = esc(code.as_str()),
        keep = esc(&loc.key("copy-keep")),
    )
}
