//! A request packed into one SMS, for when there is no mobile data at all.
//!
//! The text is `RL1 ` followed by base64 (GSM-7 basic characters only: letters, digits, `+`,
//! `/`), at most 160 characters, so it costs one SMS on any plan. Nothing in it is readable:
//! no name, no clinical word, only the tag. Inside, a compact binary record ends with a
//! CRC-32, so a damaged SMS is detected and reported, never misread.
//!
//! What travels: the first 10 bytes of the request's UUIDv7 (48-bit time + 32 random bits,
//! enough for the desk to deduplicate), the name, the phone to call back (and the relay), call
//! windows, voicemail/SMS/interpreter flags, the age band, up to three languages, and the
//! sectorisation facts as commune codes. The free-text message and the street never travel by
//! SMS: the person says them on the phone.

use crate::contact::{Lang, Phone};
use crate::orientation::{AgeBand, Place};
use crate::request::{CallWindow, Reach, RelayKind, RequestContent};
use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub const TAG: &str = "RL1 ";
pub const MAX_LEN: usize = 160;

/// A place code: an INSEE commune code or a postcode (5 characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlaceCode {
    Insee(crate::directory::Insee),
    Postcode(crate::directory::Postcode),
}

impl PlaceCode {
    /// The code in a place field, if it is one; commune names do not travel by SMS.
    pub fn from_text(s: &str) -> Option<PlaceCode> {
        let s = s.trim();
        if let Ok(p) = crate::directory::Postcode::parse(s) {
            return Some(PlaceCode::Postcode(p));
        }
        crate::directory::Insee::parse(s).ok().map(PlaceCode::Insee)
    }

    pub fn to_text(self) -> String {
        match self {
            PlaceCode::Insee(i) => i.to_string(),
            PlaceCode::Postcode(p) => p.to_string(),
        }
    }
}

/// The sectorisation facts, as codes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SmsPlace {
    Unknown,
    Address(Option<PlaceCode>),
    NoFixedAddress([Option<PlaceCode>; 3]),
}

/// Exactly what an SMS carries. `pack` and `unpack` are inverses on this type.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SmsRequest {
    pub id_prefix: [u8; 10],
    pub name: String,
    pub reach: Reach,
    pub call_windows: Vec<CallWindow>,
    pub voicemail_ok: bool,
    pub sms_ok: bool,
    pub interpreter_needed: bool,
    pub age: AgeBand,
    pub languages: Vec<Lang>,
    pub place: SmsPlace,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SmsError {
    #[error("this SMS is not a Relais request")]
    NotARequest,
    #[error("this SMS was made by a newer version of the app ({0})")]
    UnsupportedVersion(String),
    #[error("this SMS is damaged: {0}")]
    Damaged(&'static str),
    #[error("this request does not fit in one SMS: {0}")]
    TooLong(&'static str),
}

impl SmsRequest {
    /// What of a request goes by SMS (see the module documentation).
    pub fn from_content(id: Uuid, content: &RequestContent) -> SmsRequest {
        let mut id_prefix = [0u8; 10];
        id_prefix.copy_from_slice(&id.as_bytes()[..10]);
        let code = |s: &Option<String>| s.as_deref().and_then(PlaceCode::from_text);
        let place = match &content.place {
            Place::Unknown => SmsPlace::Unknown,
            Place::Address { commune, .. } => SmsPlace::Address(PlaceCode::from_text(commune)),
            Place::NoFixedAddress {
                lived_3_months_in,
                domiciliation,
                sleeps_or_followed_in,
            } => SmsPlace::NoFixedAddress([
                code(lived_3_months_in),
                code(domiciliation),
                code(sleeps_or_followed_in),
            ]),
        };
        SmsRequest {
            id_prefix,
            name: content.name.clone(),
            reach: content.reach.clone(),
            call_windows: content.call_windows.clone(),
            voicemail_ok: content.voicemail_ok,
            sms_ok: content.sms_ok,
            interpreter_needed: content.interpreter_needed,
            age: content.age,
            languages: content.languages.clone(),
            place,
        }
    }

    /// The request the desk records from an SMS (no message, no street).
    pub fn to_content(&self) -> RequestContent {
        let text = |c: &Option<PlaceCode>| c.map(PlaceCode::to_text);
        let place = match &self.place {
            SmsPlace::Unknown => Place::Unknown,
            SmsPlace::Address(c) => match c {
                Some(c) => Place::Address {
                    commune: c.to_text(),
                    street: None,
                },
                None => Place::Unknown,
            },
            SmsPlace::NoFixedAddress([a, b, c]) => Place::NoFixedAddress {
                lived_3_months_in: text(a),
                domiciliation: text(b),
                sleeps_or_followed_in: text(c),
            },
        };
        RequestContent {
            name: self.name.clone(),
            reach: self.reach.clone(),
            call_windows: self.call_windows.clone(),
            voicemail_ok: self.voicemail_ok,
            sms_ok: self.sms_ok,
            languages: self.languages.clone(),
            interpreter_needed: self.interpreter_needed,
            age: self.age,
            place,
            message: None,
        }
    }

    /// The desk's request id for an SMS: the 10 bytes, then zeros. An app submission whose id
    /// starts with the same 10 bytes is the same request.
    pub fn request_id(&self) -> Uuid {
        let mut b = [0u8; 16];
        b[..10].copy_from_slice(&self.id_prefix);
        Uuid::from_bytes(b)
    }
}

const AGES: [AgeBand; 6] = [
    AgeBand::Under12,
    AgeBand::From12To15,
    AgeBand::From16To17,
    AgeBand::From18To20,
    AgeBand::From21,
    AgeBand::Unknown,
];

fn put_text(out: &mut Vec<u8>, s: &str, max: usize) -> Result<(), SmsError> {
    if s.len() > max {
        return Err(SmsError::TooLong("a name is too long"));
    }
    out.push(s.len() as u8);
    out.extend_from_slice(s.as_bytes());
    Ok(())
}

fn put_phone(out: &mut Vec<u8>, p: Phone) {
    let s = p.as_str();
    let (short, digits) = match s.strip_prefix('+') {
        Some(d) => (false, d),
        None => (true, s),
    };
    let n = digits.len() as u8;
    out.push(n | if short { 0x80 } else { 0 });
    let bytes: Vec<u8> = digits.bytes().map(|b| b - b'0').collect();
    for pair in bytes.chunks(2) {
        out.push(pair[0] << 4 | pair.get(1).copied().unwrap_or(0));
    }
}

fn put_code(out: &mut Vec<u8>, c: Option<PlaceCode>) {
    let v: u32 = match c {
        None => 0xFF_FFFF,
        Some(PlaceCode::Insee(i)) => i.as_u32(),
        Some(PlaceCode::Postcode(p)) => p.as_u32() | 0x80_0000,
    };
    out.extend_from_slice(&v.to_be_bytes()[1..]);
}

fn lang_code(l: &Lang) -> u16 {
    let b = l.as_str().as_bytes();
    let v = |i: usize| u16::from(b[i] - b'a');
    if b.len() == 2 {
        v(0) * 26 + v(1)
    } else {
        676 + (v(0) * 26 + v(1)) * 26 + v(2)
    }
}

/// Words that must not appear in an SMS, even by chance in the base64 (case ignored).
const FORBIDDEN: &[&str] = &[
    "psy", "cmp", "suicid", "mental", "folie", "fou", "schizo", "bipol", "depres", "hopital",
    "hosp", "soin", "malad", "crise", "urgen",
];

fn clean(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    !FORBIDDEN.iter().any(|w| lower.contains(w))
}

/// True if a text meant for an SMS, a notification or a calendar holds a word that says
/// "health care" ([`crate::neutral`], the one list). Such texts are refused before they leave.
pub fn has_clinical_word(text: &str) -> bool {
    !crate::neutral::is_neutral(text)
}

/// A keystream that scrambles the body for a given salt, so that every salt changes the
/// whole text (this is not encryption: it only lets us avoid words by chance).
fn keystream(salt: u8) -> impl Iterator<Item = u8> {
    let mut x = 0x9E37_79B9u32 ^ (u32::from(salt) << 24 | u32::from(salt));
    std::iter::repeat_with(move || {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        (x >> 24) as u8
    })
}

/// Packs a request into one SMS text. A one-byte salt is varied until no word of
/// [`FORBIDDEN`] appears by chance in the base64.
pub fn pack(r: &SmsRequest) -> Result<String, SmsError> {
    let body = encode(r)?;
    for salt in 0..=u8::MAX {
        let text = frame(&body, salt);
        if text.len() > MAX_LEN {
            return Err(SmsError::TooLong("the request is too long for one SMS"));
        }
        if clean(&text) {
            return Ok(text);
        }
    }
    Err(SmsError::TooLong("no clean encoding"))
}

/// The SMS text around an encoded record: salt, scrambled record, CRC-32, base64, tag. No
/// length check. [`pack`] uses it; so does the fuzz target that feeds [`unpack`]'s decoder
/// records behind a valid checksum (a CRC protects against noise, not against crafted input).
pub fn frame(record: &[u8], salt: u8) -> String {
    let mut out = Vec::with_capacity(record.len() + 5);
    out.push(salt);
    out.extend(record.iter().zip(keystream(salt)).map(|(b, k)| b ^ k));
    let crc = crc32fast::hash(&out);
    out.extend_from_slice(&crc.to_be_bytes());
    format!("{TAG}{}", STANDARD_NO_PAD.encode(&out))
}

/// The record [`pack`] frames (public for the fuzz seeds of the record decoder).
pub fn encode(r: &SmsRequest) -> Result<Vec<u8>, SmsError> {
    let mut out = Vec::with_capacity(120);
    out.extend_from_slice(&r.id_prefix);
    let age = AGES.iter().position(|a| *a == r.age).unwrap_or(5) as u8;
    let relay = matches!(r.reach, Reach::Relay { .. });
    out.push(
        u8::from(r.voicemail_ok)
            | u8::from(r.sms_ok) << 1
            | u8::from(r.interpreter_needed) << 2
            | u8::from(relay) << 3
            | age << 4,
    );
    put_text(&mut out, &r.name, crate::request::NAME_MAX_BYTES)?;
    put_phone(&mut out, r.reach.phone());
    if let Reach::Relay {
        relay_name, kind, ..
    } = &r.reach
    {
        out.push(match kind {
            RelayKind::SocialWorker => 0,
            RelayKind::Shelter => 1,
            RelayKind::Other => 2,
        });
        put_text(&mut out, relay_name, crate::request::RELAY_NAME_MAX_BYTES)?;
    }
    if r.call_windows.len() > crate::request::MAX_CALL_WINDOWS {
        return Err(SmsError::TooLong("too many call windows"));
    }
    out.push(r.call_windows.len() as u8);
    for w in &r.call_windows {
        out.extend_from_slice(&[w.days, (w.from / 15) as u8, (w.to / 15) as u8]);
    }
    if r.languages.len() > crate::request::MAX_LANGUAGES {
        return Err(SmsError::TooLong("too many languages"));
    }
    out.push(r.languages.len() as u8);
    for l in &r.languages {
        out.extend_from_slice(&lang_code(l).to_be_bytes());
    }
    match &r.place {
        SmsPlace::Unknown => out.push(0),
        SmsPlace::Address(c) => {
            out.push(1);
            put_code(&mut out, *c);
        }
        SmsPlace::NoFixedAddress(codes) => {
            out.push(2);
            for c in codes {
                put_code(&mut out, *c);
            }
        }
    }
    Ok(out)
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], SmsError> {
        let s = self
            .b
            .get(self.pos..self.pos + n)
            .ok_or(SmsError::Damaged("too short"))?;
        self.pos += n;
        Ok(s)
    }
    fn byte(&mut self) -> Result<u8, SmsError> {
        Ok(self.take(1)?[0])
    }
    fn text(&mut self, max: usize) -> Result<String, SmsError> {
        let n = usize::from(self.byte()?);
        if n > max {
            return Err(SmsError::Damaged("text length"));
        }
        String::from_utf8(self.take(n)?.to_vec()).map_err(|_| SmsError::Damaged("text"))
    }
    fn phone(&mut self) -> Result<Phone, SmsError> {
        let head = self.byte()?;
        let (short, n) = (head & 0x80 != 0, usize::from(head & 0x7f));
        if n > 15 {
            return Err(SmsError::Damaged("phone length"));
        }
        let packed = self.take(n.div_ceil(2))?;
        let mut s = String::with_capacity(n + 1);
        if !short {
            s.push('+');
        }
        for i in 0..n {
            let nib = if i % 2 == 0 {
                packed[i / 2] >> 4
            } else {
                packed[i / 2] & 0x0f
            };
            if nib > 9 {
                return Err(SmsError::Damaged("phone digit"));
            }
            s.push(char::from(b'0' + nib));
        }
        Phone::parse(&s).map_err(|_| SmsError::Damaged("phone"))
    }
    fn code(&mut self) -> Result<Option<PlaceCode>, SmsError> {
        let b = self.take(3)?;
        let v = u32::from_be_bytes([0, b[0], b[1], b[2]]);
        if v == 0xFF_FFFF {
            return Ok(None);
        }
        let code = if v & 0x80_0000 != 0 {
            crate::directory::Postcode::from_u32(v & 0x7F_FFFF).map(PlaceCode::Postcode)
        } else {
            crate::directory::Insee::from_u32(v).map(PlaceCode::Insee)
        };
        code.map(Some).ok_or(SmsError::Damaged("place code"))
    }
}

/// Reads an SMS. Anything damaged is an error; the desk keeps such SMS to call back.
pub fn unpack(text: &str) -> Result<SmsRequest, SmsError> {
    let text = text.trim();
    let Some(body) = text.strip_prefix(TAG) else {
        if let Some(rest) = text.strip_prefix("RL")
            && rest.chars().next().is_some_and(|c| c.is_ascii_digit())
        {
            return Err(SmsError::UnsupportedVersion(
                rest.chars().take_while(char::is_ascii_digit).collect(),
            ));
        }
        return Err(SmsError::NotARequest);
    };
    let bytes = STANDARD_NO_PAD
        .decode(body.trim())
        .map_err(|_| SmsError::Damaged("not base64"))?;
    if bytes.len() < 4 {
        return Err(SmsError::Damaged("too short"));
    }
    let (data, crc) = bytes.split_at(bytes.len() - 4);
    if crc32fast::hash(data).to_be_bytes() != crc {
        return Err(SmsError::Damaged("checksum"));
    }
    // The first byte is the salt; the rest is scrambled with its keystream.
    let Some((&salt, scrambled)) = data.split_first() else {
        return Err(SmsError::Damaged("too short"));
    };
    let plain: Vec<u8> = scrambled
        .iter()
        .zip(keystream(salt))
        .map(|(b, k)| b ^ k)
        .collect();
    let data = &plain[..];
    let mut r = Reader { b: data, pos: 0 };
    let mut id_prefix = [0u8; 10];
    id_prefix.copy_from_slice(r.take(10)?);
    let flags = r.byte()?;
    let age = *AGES
        .get(usize::from(flags >> 4))
        .ok_or(SmsError::Damaged("age"))?;
    let name = r.text(crate::request::NAME_MAX_BYTES)?;
    let phone = r.phone()?;
    let reach = if flags & 0x08 != 0 {
        let kind = match r.byte()? {
            0 => RelayKind::SocialWorker,
            1 => RelayKind::Shelter,
            2 => RelayKind::Other,
            _ => return Err(SmsError::Damaged("relay kind")),
        };
        Reach::Relay {
            phone,
            relay_name: r.text(crate::request::RELAY_NAME_MAX_BYTES)?,
            kind,
        }
    } else {
        Reach::OwnPhone { phone }
    };
    let n = usize::from(r.byte()?);
    if n > crate::request::MAX_CALL_WINDOWS {
        return Err(SmsError::Damaged("call windows"));
    }
    let mut call_windows = Vec::with_capacity(n);
    for _ in 0..n {
        let w = r.take(3)?;
        call_windows.push(CallWindow {
            days: w[0],
            from: u16::from(w[1]) * 15,
            to: u16::from(w[2]) * 15,
        });
    }
    let n = usize::from(r.byte()?);
    if n > crate::request::MAX_LANGUAGES {
        return Err(SmsError::Damaged("languages"));
    }
    let mut languages = Vec::with_capacity(n);
    for _ in 0..n {
        let b = r.take(2)?;
        let v = u16::from_be_bytes([b[0], b[1]]);
        let letter = |x: u16| char::from(b'a' + (x % 26) as u8);
        let code: String = if v < 676 {
            [letter(v / 26), letter(v)].iter().collect()
        } else if v < 676 + 17_576 {
            let w = v - 676;
            [letter(w / 676), letter(w / 26), letter(w)]
                .iter()
                .collect()
        } else {
            return Err(SmsError::Damaged("language"));
        };
        languages.push(Lang::parse(&code).map_err(|_| SmsError::Damaged("language"))?);
    }
    let place = match r.byte()? {
        0 => SmsPlace::Unknown,
        1 => SmsPlace::Address(r.code()?),
        2 => SmsPlace::NoFixedAddress([r.code()?, r.code()?, r.code()?]),
        _ => return Err(SmsError::Damaged("place")),
    };
    if r.pos != data.len() {
        return Err(SmsError::Damaged("trailing bytes"));
    }
    let request = SmsRequest {
        id_prefix,
        name,
        reach,
        call_windows,
        voicemail_ok: flags & 1 != 0,
        sms_ok: flags & 2 != 0,
        interpreter_needed: flags & 4 != 0,
        age,
        languages,
        place,
    };
    // The checksum stops noise, not a crafted message: what the app's form would refuse (a
    // control character in the name, a service number…) is refused here too.
    if request.to_content().check().is_err() {
        return Err(SmsError::Damaged("content"));
    }
    Ok(request)
}

/// True if every character is in the GSM 03.38 basic set (one septet each).
pub fn is_gsm7_basic(text: &str) -> bool {
    const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    text.chars().all(|c| BASIC.contains(c))
}

#[cfg(test)]
mod tests;
