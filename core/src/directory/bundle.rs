//! The offline directory bundle: small to download, fast to load, checked for corruption.
//!
//! ```text
//! offset  size  field
//! 0       4     magic "RLDB"
//! 4       2     format version (u16 LE), currently 1
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

use super::{
    AgeRange, Address, Communes, Dept, Directory, Insee, Meta, NamedContact, Parity, Postcode,
    Sector, SectorKind, StreetRule, Structure, StructureKind,
};
use crate::contact::{Lang, OpeningHours, Phone, Role};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::Read;

pub const MAGIC: &[u8; 4] = b"RLDB";
pub const FORMAT_VERSION: u16 = 1;
const HEADER_LEN: usize = 20;
/// No directory is anywhere near this; a larger claim is a corrupted or hostile file.
const MAX_PAYLOAD: u32 = 64 << 20;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BundleError {
    #[error("the directory file is too short to be a bundle")]
    TooShort,
    #[error("this is not a Relais directory bundle")]
    BadMagic,
    #[error("directory format {found} is newer than this app understands ({supported}); update the app")]
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
}

#[derive(Serialize, Deserialize)]
struct Payload {
    meta: Meta,
    hours: Vec<String>,
    structures: Vec<BStructure>,
    sectors: Vec<BSector>,
    communes: BCommunes,
    streets: Vec<BStreet>,
}

#[derive(Serialize, Deserialize)]
struct BStructure {
    key: String,
    finess: Option<String>,
    kind: StructureKind,
    name: String,
    street: String,
    postcode: Option<u32>,
    city: String,
    commune: Option<u32>,
    phone: String,
    /// Index + 1 into `hours`; 0 when unknown.
    hours: u32,
    ages: (u8, u8),
    entry_point: bool,
    languages: Vec<String>,
    contact: Option<(String, Option<Role>)>,
    dept: u16,
    serves: Vec<u16>,
}

#[derive(Serialize, Deserialize)]
struct BSector {
    code: String,
    kind: SectorKind,
    name: String,
    structures: Vec<u32>,
}

#[derive(Serialize, Deserialize, Default)]
struct BCommunes {
    /// First code, then differences.
    insee_delta: Vec<u32>,
    /// Names, each followed by '\n'.
    names: String,
    postcode_counts: Vec<u8>,
    /// Postcode minus the commune's code: small numbers.
    postcode_offsets: Vec<i32>,
    adult: Vec<u16>,
    child: Vec<u16>,
}

#[derive(Serialize, Deserialize)]
struct BStreet {
    commune: u32,
    name: String,
    from: u32,
    to: u32,
    parity: Parity,
    adult: u16,
    child: u16,
}

/// Writes a directory as a bundle (zstd level 19).
#[cfg(feature = "writer")]
pub fn encode(dir: &Directory) -> Result<Vec<u8>, BundleError> {
    let payload = to_payload(dir);
    let raw = postcard::to_allocvec(&payload).map_err(|e| BundleError::Encode(e.to_string()))?;
    let compressed = zstd::bulk::compress(&raw, 19).map_err(|e| BundleError::Encode(e.to_string()))?;
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
    if bytes.len() < HEADER_LEN {
        return Err(BundleError::TooShort);
    }
    if &bytes[0..4] != MAGIC {
        return Err(BundleError::BadMagic);
    }
    let u16_at = |i: usize| u16::from_le_bytes([bytes[i], bytes[i + 1]]);
    let u32_at = |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    let version = u16_at(4);
    if version != FORMAT_VERSION {
        return Err(BundleError::UnsupportedVersion { found: version, supported: FORMAT_VERSION });
    }
    let raw_len = u32_at(8);
    let compressed_len = u32_at(12) as usize;
    let crc = u32_at(16);
    let body = &bytes[HEADER_LEN..];
    if body.len() != compressed_len {
        return Err(BundleError::Truncated { expected: HEADER_LEN + compressed_len, found: bytes.len() });
    }
    if crc32fast::hash(body) != crc {
        return Err(BundleError::Checksum);
    }
    if raw_len > MAX_PAYLOAD {
        return Err(BundleError::Decompress(format!("claims {raw_len} bytes")));
    }
    let mut decoder =
        ruzstd::decoding::StreamingDecoder::new(body).map_err(|e| BundleError::Decompress(e.to_string()))?;
    let mut raw = Vec::with_capacity(raw_len as usize);
    (&mut decoder)
        .take(u64::from(raw_len) + 1)
        .read_to_end(&mut raw)
        .map_err(|e| BundleError::Decompress(e.to_string()))?;
    if raw.len() != raw_len as usize {
        return Err(BundleError::Decompress("length does not match the header".into()));
    }
    let payload: Payload = postcard::from_bytes(&raw).map_err(|e| BundleError::Decode(e.to_string()))?;
    from_payload(payload)
}

#[cfg(feature = "writer")]
fn to_payload(dir: &Directory) -> Payload {
    let mut hours_index: HashMap<&str, u32> = HashMap::new();
    let mut hours = Vec::new();
    let structures = dir
        .structures()
        .iter()
        .map(|s| {
            let h = s.hours.as_ref().map_or(0, |h| {
                *hours_index.entry(h.as_str()).or_insert_with(|| {
                    hours.push(h.as_str().to_owned());
                    hours.len() as u32
                })
            });
            BStructure {
                key: s.key.clone(),
                finess: s.finess.clone(),
                kind: s.kind,
                name: s.name.clone(),
                street: s.address.street.clone(),
                postcode: s.address.postcode.map(Postcode::as_u32),
                city: s.address.city.clone(),
                commune: s.address.commune.map(Insee::as_u32),
                phone: s.phone.as_str().to_owned(),
                hours: h,
                ages: (s.ages.min, s.ages.max),
                entry_point: s.entry_point,
                languages: s.languages.iter().map(|l| l.as_str().to_owned()).collect(),
                contact: s.contact.as_ref().map(|c| (c.name.clone(), c.role)),
                dept: s.dept.as_u16(),
                serves: s.serves.iter().map(|d| d.as_u16()).collect(),
            }
        })
        .collect();
    let sectors = dir
        .sectors()
        .iter()
        .map(|s| BSector { code: s.code.clone(), kind: s.kind, name: s.name.clone(), structures: s.structures.clone() })
        .collect();
    let c = dir.communes_raw();
    let mut communes = BCommunes { names: c.names.clone(), adult: c.adult.clone(), child: c.child.clone(), ..Default::default() };
    let mut prev = 0u32;
    let mut start = 0usize;
    for (i, insee) in c.insee.iter().enumerate() {
        communes.insee_delta.push(insee.as_u32() - prev);
        prev = insee.as_u32();
        let end = c.postcode_ends[i] as usize;
        // A commune with more than 255 postcodes does not exist; keep the first 255.
        let pcs = &c.postcodes[start..end.min(start + 255)];
        communes.postcode_counts.push(pcs.len() as u8);
        for pc in pcs {
            communes.postcode_offsets.push(pc.as_u32() as i32 - insee.as_u32() as i32);
        }
        start = end;
    }
    let streets = dir
        .streets()
        .iter()
        .map(|s| BStreet {
            commune: s.commune.as_u32(),
            name: s.name.clone(),
            from: s.from,
            to: s.to,
            parity: s.parity,
            adult: s.adult.map_or(0, |v| v + 1),
            child: s.child.map_or(0, |v| v + 1),
        })
        .collect();
    Payload { meta: dir.meta().clone(), hours, structures, sectors, communes, streets }
}

fn inconsistent<T>(what: impl Into<String>) -> Result<T, BundleError> {
    Err(BundleError::Inconsistent(what.into()))
}

fn from_payload(p: Payload) -> Result<Directory, BundleError> {
    let hours = p
        .hours
        .iter()
        .map(|h| OpeningHours::parse(h).map_err(|e| BundleError::Inconsistent(format!("hours '{h}': {e}"))))
        .collect::<Result<Vec<_>, _>>()?;
    let dept = |v: u16| Dept::from_u16(v).ok_or_else(|| BundleError::Inconsistent(format!("département {v}")));
    let mut structures = Vec::with_capacity(p.structures.len());
    for s in p.structures {
        let phone = Phone::parse(&s.phone).map_err(|e| BundleError::Inconsistent(format!("{}: {e}", s.key)))?;
        let hours = match s.hours {
            0 => None,
            i => Some(hours.get(i as usize - 1).cloned().ok_or_else(|| BundleError::Inconsistent("hours index".into()))?),
        };
        let languages = s
            .languages
            .iter()
            .map(|l| Lang::parse(l).map_err(|e| BundleError::Inconsistent(e.to_string())))
            .collect::<Result<Vec<_>, _>>()?;
        let (min, max) = s.ages;
        if min > max {
            return inconsistent(format!("{}: ages", s.key));
        }
        structures.push(Structure {
            key: s.key,
            finess: s.finess,
            kind: s.kind,
            name: s.name,
            address: Address {
                street: s.street,
                postcode: s.postcode.and_then(Postcode::from_u32),
                city: s.city,
                commune: s.commune.and_then(Insee::from_u32),
            },
            phone,
            hours,
            ages: AgeRange { min, max },
            entry_point: s.entry_point && s.kind.can_be_entry_point(),
            languages,
            contact: s.contact.map(|(name, role)| NamedContact { name, role }),
            dept: dept(s.dept)?,
            serves: s.serves.into_iter().map(dept).collect::<Result<Vec<_>, _>>()?,
        });
    }
    let n_structures = structures.len() as u32;
    let mut sectors = Vec::with_capacity(p.sectors.len());
    for s in p.sectors {
        if s.structures.iter().any(|id| *id >= n_structures) {
            return inconsistent(format!("sector {} names a missing structure", s.code));
        }
        sectors.push(Sector { code: s.code, kind: s.kind, name: s.name, structures: s.structures });
    }
    let sector_ok = |v: u16, kind: SectorKind| {
        v == 0 || sectors.get(usize::from(v) - 1).is_some_and(|s: &Sector| s.kind == kind)
    };
    let c = p.communes;
    let n = c.insee_delta.len();
    if c.postcode_counts.len() != n || c.adult.len() != n || c.child.len() != n {
        return inconsistent("commune columns differ in length");
    }
    let mut communes = Communes {
        names: c.names,
        adult: c.adult,
        child: c.child,
        ..Default::default()
    };
    let mut code = 0u32;
    let mut offsets = c.postcode_offsets.into_iter();
    for i in 0..n {
        code = code.checked_add(c.insee_delta[i]).ok_or_else(|| BundleError::Inconsistent("commune code".into()))?;
        if i > 0 && c.insee_delta[i] == 0 {
            return inconsistent("commune codes are not sorted");
        }
        let insee = Insee::from_u32(code).ok_or_else(|| BundleError::Inconsistent(format!("commune code {code}")))?;
        communes.insee.push(insee);
        for _ in 0..c.postcode_counts[i] {
            let off = offsets.next().ok_or_else(|| BundleError::Inconsistent("postcodes".into()))?;
            let pc = u32::try_from(i64::from(code) + i64::from(off))
                .ok()
                .and_then(Postcode::from_u32)
                .ok_or_else(|| BundleError::Inconsistent("postcode".into()))?;
            communes.postcodes.push(pc);
        }
        communes.postcode_ends.push(communes.postcodes.len() as u32);
        if !sector_ok(communes.adult[i], SectorKind::Adult) || !sector_ok(communes.child[i], SectorKind::Child) {
            return inconsistent(format!("commune {insee} names a missing sector"));
        }
    }
    let mut end = 0usize;
    for (i, ch) in communes.names.char_indices() {
        if ch == '\n' {
            end = i + 1;
            communes.name_ends.push(end as u32);
        }
    }
    if communes.name_ends.len() != n || end != communes.names.len() {
        return inconsistent("commune names");
    }
    let mut streets = Vec::with_capacity(p.streets.len());
    for s in p.streets {
        let commune = Insee::from_u32(s.commune).ok_or_else(|| BundleError::Inconsistent("street commune".into()))?;
        if !sector_ok(s.adult, SectorKind::Adult) || !sector_ok(s.child, SectorKind::Child) || s.from > s.to {
            return inconsistent(format!("street {}", s.name));
        }
        streets.push(StreetRule {
            commune,
            key: super::street_key(&s.name),
            name: s.name,
            from: s.from,
            to: s.to,
            parity: s.parity,
            adult: s.adult.checked_sub(1),
            child: s.child.checked_sub(1),
        });
    }
    Ok(Directory::assemble(p.meta, structures, sectors, communes, streets))
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
        assert_eq!(decode(&newer).unwrap_err(), BundleError::UnsupportedVersion { found: 9, supported: 1 });
        assert!(matches!(decode(&good[..good.len() - 1]).unwrap_err(), BundleError::Truncated { .. }));
        for i in [HEADER_LEN, HEADER_LEN + 7, good.len() / 2, good.len() - 1] {
            let mut flipped = good.clone();
            flipped[i] ^= 0x40;
            assert_eq!(decode(&flipped).unwrap_err(), BundleError::Checksum, "byte {i}");
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
