//! A directory update as a delta against the bundle file the phone already has: whole files
//! in, whole file out, so it works the same on signed files.
//!
//! Two compressed bundles differ from the first changed byte on, so the delta works on what
//! they hold: the new bundle's payload is compressed by zstd with the old payload as its
//! reference (zstd's `--patch-from`). Applying it rebuilds the payload, compresses it again
//! exactly as the publisher did, puts back the signature trailer the delta carries, and
//! checks the SHA-256 of the result against the one the publisher recorded. A delta for
//! another base, damaged, or rebuilt differently (another zstd version on the phone) is a
//! typed error: the phone keeps its bundle and downloads the whole new one.
//!
//! ```text
//! offset  size  field
//! 0       4     magic "RLDD"
//! 4       2     delta format version (u16 LE), currently 1
//! 6       2     reserved, 0
//! 8       32    SHA-256 of the base file (the phone's)
//! 40      32    SHA-256 of the target file
//! 72      4     target file length (u32 LE)
//! 76      4     target payload length (u32 LE)
//! 80      4     zstd version that compressed the target (u32 LE, as ZSTD_versionNumber)
//! 84      4     length S of what follows the target's bundle (its signature trailer)
//! 88      S     those bytes
//! 88+S    …     zstd frame: the target payload, with the base payload as prefix
//! ```

use super::bundle::{self, BundleError, MAX_PAYLOAD};
use ring::digest::{SHA256, digest};
use zstd::zstd_safe::{CCtx, CParameter, DCtx, DParameter};

pub const MAGIC: &[u8; 4] = b"RLDD";
pub const FORMAT_VERSION: u16 = 1;
const HEADER_LEN: usize = 88;
const LEVEL: i32 = 19;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeltaError {
    #[error("this is not a Relais directory update")]
    NotADelta,
    #[error("directory update format {0} is newer than this app understands; update the app")]
    UnsupportedVersion(u16),
    #[error("this update is for another version of the directory than the one on this phone")]
    WrongBase,
    #[error("the directory update is damaged: {0}")]
    Damaged(String),
    #[error(
        "the updated directory does not match the publisher's (zstd {publisher} there, {here} here): download it whole"
    )]
    TargetMismatch { publisher: u32, here: u32 },
    #[error("the directory on this phone cannot be read: {0}")]
    Base(BundleError),
    #[error("cannot make the update: {0}")]
    Make(String),
}

fn sha256(bytes: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    out.copy_from_slice(digest(&SHA256, bytes).as_ref());
    out
}

/// A bundle file split into its payload and what follows the bundle (a signature).
fn open(file: &[u8]) -> Result<(Vec<u8>, &[u8]), BundleError> {
    let len = bundle::bundle_len(file)?;
    let inner = file.get(..len).ok_or(BundleError::Truncated {
        expected: len,
        found: file.len(),
    })?;
    Ok((bundle::unpack(inner)?, &file[len..]))
}

/// The window must reach back over the whole base payload.
fn window_log(base: usize, target: usize) -> u32 {
    let total = (base + target).max(1 << 10) as u64;
    (u64::BITS - (total - 1).leading_zeros()).clamp(10, 30)
}

/// The update that turns `base` into `target` (both whole bundle files, signed or not).
pub fn make(base: &[u8], target: &[u8]) -> Result<Vec<u8>, DeltaError> {
    let (base_raw, _) = open(base).map_err(DeltaError::Base)?;
    let (target_raw, trailer) = open(target).map_err(|e| DeltaError::Make(e.to_string()))?;
    let zerr = |what: &str, code: usize| {
        DeltaError::Make(format!("{what}: {}", zstd::zstd_safe::get_error_name(code)))
    };
    let mut cctx = CCtx::create();
    cctx.set_parameter(CParameter::CompressionLevel(LEVEL))
        .map_err(|c| zerr("level", c))?;
    cctx.set_parameter(CParameter::WindowLog(window_log(
        base_raw.len(),
        target_raw.len(),
    )))
    .map_err(|c| zerr("window", c))?;
    cctx.set_parameter(CParameter::EnableLongDistanceMatching(true))
        .map_err(|c| zerr("long matching", c))?;
    cctx.ref_prefix(&base_raw)
        .map_err(|c| zerr("reference", c))?;
    let mut patch = Vec::with_capacity(zstd::zstd_safe::compress_bound(target_raw.len()));
    cctx.compress2(&mut patch, &target_raw)
        .map_err(|c| zerr("compress", c))?;
    let len32 = |n: usize| u32::try_from(n).map_err(|_| DeltaError::Make("too large".into()));
    let mut out = Vec::with_capacity(HEADER_LEN + trailer.len() + patch.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&sha256(base));
    out.extend_from_slice(&sha256(target));
    out.extend_from_slice(&len32(target.len())?.to_le_bytes());
    out.extend_from_slice(&len32(target_raw.len())?.to_le_bytes());
    out.extend_from_slice(&zstd::zstd_safe::version_number().to_le_bytes());
    out.extend_from_slice(&len32(trailer.len())?.to_le_bytes());
    out.extend_from_slice(trailer);
    out.extend_from_slice(&patch);
    Ok(out)
}

/// The new bundle file, from the phone's `base` file and an update made by [`make`]. The
/// result is exactly the publisher's file (checked); open it as any downloaded bundle.
pub fn apply(base: &[u8], delta: &[u8]) -> Result<Vec<u8>, DeltaError> {
    if delta.len() < HEADER_LEN || &delta[..4] != MAGIC {
        return Err(DeltaError::NotADelta);
    }
    let u32_at =
        |i: usize| u32::from_le_bytes([delta[i], delta[i + 1], delta[i + 2], delta[i + 3]]);
    let version = u16::from_le_bytes([delta[4], delta[5]]);
    if version != FORMAT_VERSION {
        return Err(DeltaError::UnsupportedVersion(version));
    }
    if delta[8..40] != sha256(base) {
        return Err(DeltaError::WrongBase);
    }
    let target_sha = &delta[40..72];
    let (target_len, raw_len, publisher_zstd) = (u32_at(72), u32_at(76), u32_at(80));
    let trailer_len = u32_at(84) as usize;
    if raw_len > MAX_PAYLOAD || target_len > MAX_PAYLOAD {
        return Err(DeltaError::Damaged(format!("claims {raw_len} bytes")));
    }
    let trailer = delta
        .get(HEADER_LEN..HEADER_LEN.saturating_add(trailer_len))
        .ok_or_else(|| DeltaError::Damaged("truncated".into()))?;
    let patch = &delta[HEADER_LEN + trailer_len..];
    let (base_raw, _) = open(base).map_err(DeltaError::Base)?;
    let damaged = |code: usize| DeltaError::Damaged(zstd::zstd_safe::get_error_name(code).into());
    let mut dctx = DCtx::create();
    dctx.set_parameter(DParameter::WindowLogMax(window_log(
        base_raw.len(),
        raw_len as usize,
    )))
    .map_err(damaged)?;
    dctx.ref_prefix(&base_raw).map_err(damaged)?;
    // The capacity bounds the output: a frame that inflates past the claim fails.
    let mut raw = Vec::with_capacity(raw_len as usize);
    dctx.decompress(&mut raw, patch).map_err(damaged)?;
    if raw.len() != raw_len as usize {
        return Err(DeltaError::Damaged("length does not match".into()));
    }
    let mut file = bundle::pack(&raw).map_err(|e| DeltaError::Damaged(e.to_string()))?;
    file.extend_from_slice(trailer);
    if file.len() != target_len as usize || sha256(&file)[..] != *target_sha {
        return Err(DeltaError::TargetMismatch {
            publisher: publisher_zstd,
            here: zstd::zstd_safe::version_number(),
        });
    }
    Ok(file)
}

#[cfg(test)]
mod tests;
