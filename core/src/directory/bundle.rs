//! The offline directory bundle: small to download, fast to load, checked for corruption.
//!
//! ```text
//! offset  size  field
//! 0       4     magic "RLDB"
//! 4       2     format version (u16 LE), currently 3
//! 6       2     reserved, 0
//! 8       4     uncompressed payload length (u32 LE)
//! 12      4     compressed payload length (u32 LE)
//! 16      4     CRC-32 (IEEE) of the compressed payload (u32 LE)
//! 20      …     zstd frame of the postcard-encoded payload
//! ```
//! The payload is column-oriented (commune codes as deltas, names in one string, postcodes
//! relative to the commune code, hours interned) because columns compress far better than
//! records. Decoding checks every index and re-validates every phone and opening-hours text:
//! a bundle that decodes is as trustworthy as one built from source.
//!
//! A bundle travels signed ([`super::signature`]): the app opens it with
//! [`super::signature::open`], never with [`decode`] alone.

use super::{
    Address, AgeRange, Communes, Dept, Directory, GeoPoint, Insee, Meta, NamedContact,
    NoAddressRule, OldNames, Parity, Postcode, Sector, SectorKind, StreetRule, Structure,
    StructureKind, street_key,
};
use crate::contact::{Lang, OpeningHours, Phone, Role};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

pub const MAGIC: &[u8; 4] = b"RLDB";
/// 3: structures carry their desk (URL and SMS number) and location; communes their size
/// class, former names and arrondissements; départements their order of the
/// no-fixed-address rules. (Two branches each called their change 2; neither shipped.)
pub const FORMAT_VERSION: u16 = 3;
const HEADER_LEN: usize = 20;
/// No directory is anywhere near this; a larger claim is a corrupted or hostile file.
pub(crate) const MAX_PAYLOAD: u32 = 64 << 20;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BundleError {
    #[error("the directory file is too short to be a bundle")]
    TooShort,
    #[error("this is not a Relais directory bundle")]
    BadMagic,
    #[error(
        "directory format {found} is newer than this app understands ({supported}); update the app"
    )]
    UnsupportedVersion { found: u16, supported: u16 },
    #[error("the directory file is incomplete (expected {expected} bytes, found {found})")]
    Truncated { expected: usize, found: usize },
    #[error("the directory file is damaged (checksum mismatch)")]
    Checksum,
    #[error("the directory file is damaged (cannot decompress: {0})")]
    Decompress(String),
    #[error("the directory file is damaged (cannot decode: {0})")]
    Decode(String),
    #[error("the directory file is inconsistent: {0}")]
    Inconsistent(String),
    #[error("cannot write the bundle: {0}")]
    Encode(String),
    #[error("the directory file is not signed")]
    Unsigned,
    #[error("the directory file is signed by a key this app does not trust")]
    UntrustedKey,
    #[error("the directory file's signature does not match its content")]
    BadSignature,
    #[error("the demo key signed a directory that is not demo data")]
    DemoKeyOnRealData,
}

/// The payload borrows its strings from the decompressed buffer: one allocation per string
/// kept, none for the intermediate representation.
#[derive(Serialize, Deserialize)]
struct Payload<'a> {
    #[serde(borrow)]
    meta: BMeta<'a>,
    #[serde(borrow)]
    hours: Vec<&'a str>,
    /// Desks, shared by the structures they serve: (URL, SMS number).
    #[serde(borrow)]
    desks: Vec<(&'a str, Option<&'a str>)>,
    #[serde(borrow)]
    structures: Vec<BStructure<'a>>,
    #[serde(borrow)]
    sectors: Vec<BSector<'a>>,
    #[serde(borrow)]
    communes: BCommunes<'a>,
    #[serde(borrow)]
    streets: BStreets<'a>,
    /// (département, its order of the no-fixed-address rules).
    no_address: Vec<(u16, Vec<NoAddressRule>)>,
}

#[derive(Serialize, Deserialize)]
struct BMeta<'a> {
    version: &'a str,
    area: &'a str,
    demo: bool,
    source: &'a str,
}

#[derive(Serialize, Deserialize)]
struct BStructure<'a> {
    /// `None`: the usual key of an imported structure, `finess:` and its FINESS number.
    key: Option<&'a str>,
    finess: Option<&'a str>,
    kind: StructureKind,
    name: &'a str,
    street: &'a str,
    postcode: Option<u32>,
    /// `None`: the name of the structure's commune.
    city: Option<&'a str>,
    commune: Option<u32>,
    /// Difference from the previous structure's location (structures of an area are listed
    /// together, so these are small).
    location: Option<(i32, i32)>,
    phone: &'a str,
    /// Index + 1 into `hours`; 0 when unknown.
    hours: u32,
    ages: (u8, u8),
    entry_point: bool,
    #[serde(borrow)]
    languages: Vec<&'a str>,
    contact: Option<(&'a str, Option<Role>)>,
    dept: u16,
    serves: Vec<u16>,
    /// Index + 1 into `desks`; 0 when the structure has no desk.
    desk: u32,
}

#[derive(Serialize, Deserialize)]
struct BSector<'a> {
    code: &'a str,
    kind: SectorKind,
    name: &'a str,
    structures: Vec<u32>,
}

#[derive(Serialize, Deserialize, Default)]
struct BCommunes<'a> {
    /// First code, then differences.
    insee_delta: Vec<u32>,
    /// Names, each followed by '\n'.
    names: &'a str,
    postcode_counts: Vec<u8>,
    /// The distinct postcodes, sorted, as differences: about 6,000 for France.
    postcode_table: Vec<u32>,
    /// Each commune's postcodes as positions in the table, each position given as the
    /// difference from the previous one: communes of a département share a few dozen
    /// postcodes, so these are small numbers.
    postcode_steps: Vec<i32>,
    adult: Vec<u16>,
    child: Vec<u16>,
    /// Size class per commune.
    size: Vec<u8>,
    /// Former names: the commune's index as a difference from the previous one, then the
    /// names, each followed by '\n'.
    old_name_commune: Vec<u32>,
    old_names: &'a str,
    /// (arrondissement code, city code).
    arrondissements: Vec<(u32, u32)>,
}

/// Streets, one entry per street with its segments in a flat column.
#[derive(Serialize, Deserialize, Default)]
struct BStreets<'a> {
    commune: Vec<u32>,
    /// The matching key is not stored: made again from the name on loading (well under a
    /// millisecond for a national bundle), it would cost a twentieth of the bundle.
    #[serde(borrow)]
    name: Vec<&'a str>,
    segments: Vec<u8>,
    /// (from, to, parity, adult sector + 1, child sector + 1), one per segment.
    segment: Vec<(u32, u32, Parity, u16, u16)>,
}

/// Writes a directory as a bundle (zstd level 19).
pub fn encode(dir: &Directory) -> Result<Vec<u8>, BundleError> {
    pack(&encode_payload(dir)?)
}

/// The payload a bundle carries, before zstd and its frame: what [`decode_payload`] reads
/// (the fuzz seeds start from it).
pub fn encode_payload(dir: &Directory) -> Result<Vec<u8>, BundleError> {
    postcard::to_allocvec(&to_payload(dir)).map_err(|e| BundleError::Encode(e.to_string()))
}

/// The bundle file around an encoded payload. Deterministic: the same payload and the same
/// zstd library give the same bytes, which a delta update relies on ([`super::delta`]).
pub(crate) fn pack(raw: &[u8]) -> Result<Vec<u8>, BundleError> {
    let compressed =
        zstd::bulk::compress(raw, 19).map_err(|e| BundleError::Encode(e.to_string()))?;
    let mut out = Vec::with_capacity(HEADER_LEN + compressed.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&(raw.len() as u32).to_le_bytes());
    out.extend_from_slice(&(compressed.len() as u32).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(&compressed).to_le_bytes());
    out.extend_from_slice(&compressed);
    Ok(out)
}

/// Reads a bundle. Any damage is a typed error; the caller then falls back to
/// [`Directory::unavailable`], which still routes to the national lines.
pub fn decode(bytes: &[u8]) -> Result<Directory, BundleError> {
    decode_payload(&unpack(bytes)?)
}

/// Decodes the payload a bundle carries once its frame is checked (length, CRC, zstd). Public
/// so that the fuzz target reaches the decoder without forging a checksum and a zstd frame.
pub fn decode_payload(raw: &[u8]) -> Result<Directory, BundleError> {
    let payload: Payload<'_> =
        postcard::from_bytes(raw).map_err(|e| BundleError::Decode(e.to_string()))?;
    from_payload(payload)
}

/// The length of the bundle at the start of `bytes` (a signed file has its signature after).
pub(crate) fn bundle_len(bytes: &[u8]) -> Result<usize, BundleError> {
    if bytes.len() < HEADER_LEN {
        return Err(BundleError::TooShort);
    }
    if &bytes[0..4] != MAGIC {
        return Err(BundleError::BadMagic);
    }
    let compressed_len = u32::from_le_bytes([bytes[12], bytes[13], bytes[14], bytes[15]]);
    Ok(HEADER_LEN + compressed_len as usize)
}

/// Checks a bundle (exactly, without a signature) and returns its encoded payload.
pub(crate) fn unpack(bytes: &[u8]) -> Result<Vec<u8>, BundleError> {
    if bytes.len() < HEADER_LEN {
        return Err(BundleError::TooShort);
    }
    if &bytes[0..4] != MAGIC {
        return Err(BundleError::BadMagic);
    }
    let u16_at = |i: usize| u16::from_le_bytes([bytes[i], bytes[i + 1]]);
    let u32_at =
        |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    let version = u16_at(4);
    if version != FORMAT_VERSION {
        return Err(BundleError::UnsupportedVersion {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    let raw_len = u32_at(8);
    let compressed_len = u32_at(12) as usize;
    let crc = u32_at(16);
    let body = &bytes[HEADER_LEN..];
    if body.len() != compressed_len {
        return Err(BundleError::Truncated {
            expected: HEADER_LEN + compressed_len,
            found: bytes.len(),
        });
    }
    if crc32fast::hash(body) != crc {
        return Err(BundleError::Checksum);
    }
    if raw_len > MAX_PAYLOAD {
        return Err(BundleError::Decompress(format!("claims {raw_len} bytes")));
    }
    // The capacity bounds the output: a frame that inflates past the header's claim fails.
    let raw = zstd::bulk::decompress(body, raw_len as usize)
        .map_err(|e| BundleError::Decompress(e.to_string()))?;
    if raw.len() != raw_len as usize {
        return Err(BundleError::Decompress(
            "length does not match the header".into(),
        ));
    }
    Ok(raw)
}

fn to_payload(dir: &Directory) -> Payload<'_> {
    let mut hours_index: HashMap<&str, u32> = HashMap::new();
    let mut hours = Vec::new();
    let mut last = (0i32, 0i32);
    let mut desk_index: HashMap<&super::DeskLink, u32> = HashMap::new();
    let mut desks = Vec::new();
    let structures = dir
        .structures()
        .iter()
        .map(|s| {
            let h = s.hours.as_ref().map_or(0, |h| {
                *hours_index.entry(h.as_str()).or_insert_with(|| {
                    hours.push(h.as_str());
                    hours.len() as u32
                })
            });
            let usual_key = s
                .finess
                .as_deref()
                .is_some_and(|f| s.key.strip_prefix("finess:") == Some(f));
            let commune_name = s
                .address
                .commune
                .and_then(|c| dir.commune_by_insee(c))
                .map(|c| c.name);
            let desk = s.desk.as_ref().map_or(0, |d| {
                *desk_index.entry(d).or_insert_with(|| {
                    desks.push((d.url.as_str(), d.sms.as_ref().map(Phone::as_str)));
                    desks.len() as u32
                })
            });
            BStructure {
                desk,
                key: (!usual_key).then_some(&*s.key),
                finess: s.finess.as_deref(),
                kind: s.kind,
                name: &s.name,
                street: &s.address.street,
                postcode: s.address.postcode.map(Postcode::as_u32),
                city: (commune_name != Some(s.address.city.as_str())).then_some(&*s.address.city),
                commune: s.address.commune.map(Insee::as_u32),
                location: s.address.location.map(|p| {
                    let step = (p.lat.wrapping_sub(last.0), p.lon.wrapping_sub(last.1));
                    last = (p.lat, p.lon);
                    step
                }),
                phone: s.phone.as_str(),
                hours: h,
                ages: (s.ages.min, s.ages.max),
                entry_point: s.entry_point,
                languages: s.languages.iter().map(Lang::as_str).collect(),
                contact: s.contact.as_ref().map(|c| (&*c.name, c.role)),
                dept: s.dept.as_u16(),
                serves: s.serves.iter().map(|d| d.as_u16()).collect(),
            }
        })
        .collect();
    let sectors = dir
        .sectors()
        .iter()
        .map(|s| BSector {
            code: &s.code,
            kind: s.kind,
            name: &s.name,
            structures: s.structures.clone(),
        })
        .collect();
    let c = dir.communes_raw();
    let mut communes = BCommunes {
        names: &c.names,
        adult: c.adult.clone(),
        child: c.child.clone(),
        size: c.size.clone(),
        old_names: &c.old_names.names,
        arrondissements: c
            .arrondissements
            .iter()
            .map(|(a, city)| (a.as_u32(), city.as_u32()))
            .collect(),
        ..Default::default()
    };
    let mut prev_old = 0u32;
    for i in &c.old_names.commune {
        communes.old_name_commune.push(i - prev_old);
        prev_old = *i;
    }
    let mut table: Vec<Postcode> = c.postcodes.clone();
    table.sort_unstable();
    table.dedup();
    let mut prev = 0u32;
    for pc in &table {
        communes.postcode_table.push(pc.as_u32() - prev);
        prev = pc.as_u32();
    }
    let mut prev = 0u32;
    let mut prev_pos = 0i64;
    let mut start = 0usize;
    for (i, insee) in c.insee.iter().enumerate() {
        communes.insee_delta.push(insee.as_u32() - prev);
        prev = insee.as_u32();
        let end = c.postcode_ends[i] as usize;
        // A commune with more than 255 postcodes does not exist; keep the first 255.
        let pcs = &c.postcodes[start..end.min(start + 255)];
        communes.postcode_counts.push(pcs.len() as u8);
        for pc in pcs {
            let pos = table.binary_search(pc).unwrap_or(0) as i64;
            communes.postcode_steps.push((pos - prev_pos) as i32);
            prev_pos = pos;
        }
        start = end;
    }
    let mut streets = BStreets::default();
    let mut last_key: Option<&str> = None;
    for s in dir.streets() {
        let same = streets.commune.last() == Some(&s.commune.as_u32())
            && last_key == Some(&*s.key)
            && streets.segments.last().is_some_and(|n| *n < u8::MAX);
        if same {
            if let Some(n) = streets.segments.last_mut() {
                *n += 1;
            }
        } else {
            streets.commune.push(s.commune.as_u32());
            streets.name.push(&s.name);
            last_key = Some(&s.key);
            streets.segments.push(1);
        }
        let adult = s.adult.map_or(0, |v| v + 1);
        let child = s.child.map_or(0, |v| v + 1);
        streets.segment.push((s.from, s.to, s.parity, adult, child));
    }
    let meta = BMeta {
        version: &dir.meta().version,
        area: &dir.meta().area,
        demo: dir.meta().demo,
        source: &dir.meta().source,
    };
    Payload {
        meta,
        hours,
        desks,
        structures,
        sectors,
        communes,
        streets,
        no_address: dir
            .no_address_orders()
            .iter()
            .map(|(d, order)| (d.as_u16(), order.clone()))
            .collect(),
    }
}

fn inconsistent<T>(what: impl Into<String>) -> Result<T, BundleError> {
    Err(BundleError::Inconsistent(what.into()))
}

fn bad(what: impl Into<String>) -> BundleError {
    BundleError::Inconsistent(what.into())
}

fn from_payload(p: Payload<'_>) -> Result<Directory, BundleError> {
    let hours = p
        .hours
        .iter()
        .map(|h| OpeningHours::parse(h).map_err(|e| bad(format!("hours '{h}': {e}"))))
        .collect::<Result<Vec<_>, _>>()?;
    let desks = p
        .desks
        .iter()
        .map(|(url, sms)| {
            Ok(super::DeskLink {
                url: super::DeskUrl::parse(url).map_err(|e| bad(format!("desk '{url}': {e}")))?,
                sms: sms
                    .map(Phone::parse)
                    .transpose()
                    .map_err(|e| bad(format!("desk SMS number: {e}")))?,
            })
        })
        .collect::<Result<Vec<_>, BundleError>>()?;
    let dept = |v: u16| Dept::from_u16(v).ok_or_else(|| bad(format!("département {v}")));
    let mut structures = Vec::with_capacity(p.structures.len());
    let mut city_from_commune = Vec::new();
    let mut last = (0i32, 0i32);
    for s in p.structures {
        let location = s.location.map(|(dlat, dlon)| {
            last = (last.0.wrapping_add(dlat), last.1.wrapping_add(dlon));
            GeoPoint {
                lat: last.0,
                lon: last.1,
            }
        });
        if s.city.is_none() {
            city_from_commune.push(structures.len());
        }
        let key: std::sync::Arc<str> = match (s.key, s.finess) {
            (Some(k), _) => k.into(),
            (None, Some(f)) => {
                let mut k = String::with_capacity(7 + f.len());
                k.push_str("finess:");
                k.push_str(f);
                k.into()
            }
            (None, None) => return inconsistent("a structure has neither key nor FINESS number"),
        };
        let phone = Phone::parse(s.phone).map_err(|e| bad(format!("{key}: {e}")))?;
        let hours = match s.hours {
            0 => None,
            i => Some(
                hours
                    .get(i as usize - 1)
                    .cloned()
                    .ok_or_else(|| bad("hours index"))?,
            ),
        };
        let languages = s
            .languages
            .iter()
            .map(|l| Lang::parse(l).map_err(|e| bad(e.to_string())))
            .collect::<Result<Vec<_>, _>>()?;
        let (min, max) = s.ages;
        if min > max {
            return inconsistent(format!("{key}: ages"));
        }
        let desk = match s.desk {
            0 => None,
            i => Some(
                desks
                    .get(i as usize - 1)
                    .cloned()
                    .ok_or_else(|| bad("desk index"))?,
            ),
        };
        structures.push(Structure {
            desk,
            key,
            finess: s.finess.map(str::to_owned),
            kind: s.kind,
            name: s.name.into(),
            address: Address {
                street: s.street.to_owned(),
                postcode: s.postcode.and_then(Postcode::from_u32),
                // Filled in below from the commune when `None`.
                city: s.city.unwrap_or_default().to_owned(),
                commune: s.commune.and_then(Insee::from_u32),
                location,
            },
            phone,
            hours,
            ages: AgeRange { min, max },
            entry_point: s.entry_point && s.kind.can_be_entry_point(),
            languages,
            contact: s.contact.map(|(name, role)| NamedContact {
                name: name.into(),
                role,
            }),
            dept: dept(s.dept)?,
            serves: s
                .serves
                .into_iter()
                .map(dept)
                .collect::<Result<Vec<_>, _>>()?,
        });
    }
    let n_structures = structures.len() as u32;
    let mut sectors = Vec::with_capacity(p.sectors.len());
    for s in p.sectors {
        if s.structures.iter().any(|id| *id >= n_structures) {
            return inconsistent(format!("sector {} names a missing structure", s.code));
        }
        sectors.push(Sector {
            code: s.code.to_owned(),
            kind: s.kind,
            name: s.name.to_owned(),
            structures: s.structures,
        });
    }
    let sector_ok = |v: u16, kind: SectorKind| {
        v == 0
            || sectors
                .get(usize::from(v) - 1)
                .is_some_and(|s: &Sector| s.kind == kind)
    };
    let c = p.communes;
    let n = c.insee_delta.len();
    if c.postcode_counts.len() != n || c.adult.len() != n || c.child.len() != n || c.size.len() != n
    {
        return inconsistent("commune columns differ in length");
    }
    let mut old_names = OldNames {
        commune: Vec::with_capacity(c.old_name_commune.len()),
        names: c.old_names.to_owned(),
        ends: Vec::with_capacity(c.old_name_commune.len()),
    };
    let mut index = 0u32;
    for d in &c.old_name_commune {
        index = index.checked_add(*d).ok_or_else(|| bad("former names"))?;
        if index as usize >= n {
            return inconsistent("a former name points past the communes");
        }
        old_names.commune.push(index);
    }
    for (i, b) in old_names.names.bytes().enumerate() {
        if b == b'\n' {
            old_names.ends.push(i as u32 + 1);
        }
    }
    if old_names.ends.len() != old_names.commune.len()
        || old_names.ends.last().map_or(0, |e| *e as usize) != old_names.names.len()
    {
        return inconsistent("former names");
    }
    let arrondissements = c
        .arrondissements
        .iter()
        .map(|(a, city)| {
            Insee::from_u32(*a)
                .zip(Insee::from_u32(*city))
                .ok_or_else(|| bad("arrondissement code"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut communes = Communes {
        names: c.names.to_owned(),
        adult: c.adult,
        child: c.child,
        insee: Vec::with_capacity(n),
        name_ends: Vec::with_capacity(n),
        postcodes: Vec::with_capacity(c.postcode_steps.len()),
        postcode_ends: Vec::with_capacity(n),
        split: Vec::new(),
        size: c.size,
        old_names,
        arrondissements,
    };
    let mut table = Vec::with_capacity(c.postcode_table.len());
    let mut value = 0u32;
    for d in &c.postcode_table {
        value = value.checked_add(*d).ok_or_else(|| bad("postcode table"))?;
        table.push(Postcode::from_u32(value).ok_or_else(|| bad("postcode"))?);
    }
    let mut code = 0u32;
    let mut pos = 0i64;
    let mut steps = c.postcode_steps.into_iter();
    for i in 0..n {
        code = code
            .checked_add(c.insee_delta[i])
            .ok_or_else(|| bad("commune code"))?;
        if i > 0 && c.insee_delta[i] == 0 {
            return inconsistent("commune codes are not sorted");
        }
        let insee = Insee::from_u32(code).ok_or_else(|| bad(format!("commune code {code}")))?;
        communes.insee.push(insee);
        for _ in 0..c.postcode_counts[i] {
            pos += i64::from(steps.next().ok_or_else(|| bad("postcodes"))?);
            let pc = usize::try_from(pos)
                .ok()
                .and_then(|p| table.get(p))
                .ok_or_else(|| bad("postcode"))?;
            communes.postcodes.push(*pc);
        }
        communes.postcode_ends.push(communes.postcodes.len() as u32);
        if !sector_ok(communes.adult[i], SectorKind::Adult)
            || !sector_ok(communes.child[i], SectorKind::Child)
        {
            return inconsistent(format!("commune {insee} names a missing sector"));
        }
    }
    // '\n' is ASCII, so scanning bytes is safe in UTF-8.
    for (i, b) in communes.names.bytes().enumerate() {
        if b == b'\n' {
            communes.name_ends.push(i as u32 + 1);
        }
    }
    if communes.name_ends.len() != n
        || communes.name_ends.last().map_or(0, |e| *e as usize) != communes.names.len()
    {
        return inconsistent("commune names");
    }
    for i in city_from_commune {
        let s = &mut structures[i];
        let name = s
            .address
            .commune
            .and_then(|c| communes.insee.binary_search(&c).ok())
            .and_then(|j| {
                let start = if j == 0 {
                    0
                } else {
                    communes.name_ends[j - 1] as usize
                };
                communes
                    .names
                    .get(start..communes.name_ends[j] as usize - 1)
            })
            .ok_or_else(|| {
                bad(format!(
                    "{}: the city is its commune's, which is missing",
                    s.key
                ))
            })?;
        s.address.city = name.to_owned();
    }
    let st = p.streets;
    let n_streets = st.commune.len();
    if st.name.len() != n_streets || st.segments.len() != n_streets {
        return inconsistent("street columns differ in length");
    }
    let mut streets = Vec::with_capacity(st.segment.len());
    let mut segments = st.segment.into_iter();
    for i in 0..n_streets {
        let commune = Insee::from_u32(st.commune[i]).ok_or_else(|| bad("street commune"))?;
        let name: std::sync::Arc<str> = st.name[i].into();
        let key: std::sync::Arc<str> = street_key(st.name[i]).into();
        for _ in 0..st.segments[i] {
            let (from, to, parity, adult, child) =
                segments.next().ok_or_else(|| bad("street segments"))?;
            if !sector_ok(adult, SectorKind::Adult)
                || !sector_ok(child, SectorKind::Child)
                || from > to
            {
                return inconsistent(format!("street {name}"));
            }
            streets.push(StreetRule {
                commune,
                key: key.clone(),
                name: name.clone(),
                from,
                to,
                parity,
                adult: adult.checked_sub(1),
                child: child.checked_sub(1),
            });
        }
    }
    let meta = Meta {
        version: p.meta.version.to_owned(),
        area: p.meta.area.to_owned(),
        demo: p.meta.demo,
        source: p.meta.source.to_owned(),
    };
    let no_address = p
        .no_address
        .into_iter()
        .map(|(d, order)| dept(d).map(|d| (d, order)))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(
        Directory::assemble(meta, structures, sectors, communes, streets)
            .with_no_address(no_address),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::source;

    fn demo_bundle() -> Vec<u8> {
        encode(&source::demo().directory).unwrap()
    }

    #[test]
    fn round_trip_keeps_everything() {
        let dir = source::demo().directory;
        let bytes = encode(&dir).unwrap();
        let back = decode(&bytes).unwrap();
        assert_eq!(back.meta(), dir.meta());
        assert_eq!(back.structures(), dir.structures());
        assert_eq!(back.sectors(), dir.sectors());
        assert_eq!(back.streets(), dir.streets());
        assert_eq!(back.communes_raw(), dir.communes_raw());
        assert_eq!(encode(&back).unwrap(), bytes, "encoding is deterministic");
    }

    #[test]
    fn damage_is_detected() {
        let good = demo_bundle();
        assert_eq!(decode(&good[..10]).unwrap_err(), BundleError::TooShort);
        let mut bad = good.clone();
        bad[0] = b'X';
        assert_eq!(decode(&bad).unwrap_err(), BundleError::BadMagic);
        let mut newer = good.clone();
        newer[4] = 9;
        assert_eq!(
            decode(&newer).unwrap_err(),
            BundleError::UnsupportedVersion {
                found: 9,
                supported: FORMAT_VERSION
            }
        );
        assert!(matches!(
            decode(&good[..good.len() - 1]).unwrap_err(),
            BundleError::Truncated { .. }
        ));
        for i in [HEADER_LEN, HEADER_LEN + 7, good.len() / 2, good.len() - 1] {
            let mut flipped = good.clone();
            flipped[i] ^= 0x40;
            assert_eq!(
                decode(&flipped).unwrap_err(),
                BundleError::Checksum,
                "byte {i}"
            );
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        /// Random bytes with a valid header and checksum must never panic the decoder.
        #[test]
        fn hostile_payloads_are_errors_not_panics(body in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..512), raw_len in 0u32..4096) {
            let mut bytes = Vec::new();
            bytes.extend_from_slice(MAGIC);
            bytes.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
            bytes.extend_from_slice(&0u16.to_le_bytes());
            bytes.extend_from_slice(&raw_len.to_le_bytes());
            bytes.extend_from_slice(&(body.len() as u32).to_le_bytes());
            bytes.extend_from_slice(&crc32fast::hash(&body).to_le_bytes());
            bytes.extend_from_slice(&body);
            proptest::prop_assert!(decode(&bytes).is_err());
        }

        /// Valid zstd around random postcard bytes: decode errors, never panics.
        #[test]
        fn hostile_postcard_is_an_error(raw in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2048)) {
            let compressed = zstd::bulk::compress(&raw, 1).unwrap();
            let mut bytes = Vec::new();
            bytes.extend_from_slice(MAGIC);
            bytes.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
            bytes.extend_from_slice(&0u16.to_le_bytes());
            bytes.extend_from_slice(&(raw.len() as u32).to_le_bytes());
            bytes.extend_from_slice(&(compressed.len() as u32).to_le_bytes());
            bytes.extend_from_slice(&crc32fast::hash(&compressed).to_le_bytes());
            bytes.extend_from_slice(&compressed);
            let _ = decode(&bytes);
        }
    }
}
