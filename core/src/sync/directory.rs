//! Keeping the offline directory fresh: download with the ETag, check the signature, write the
//! new file beside the old one, and swap atomically. Whatever fails, the old directory stays
//! in use and orientation keeps working.

use super::desk::{DeskClient, DeskError};
use crate::directory::Directory;
use crate::directory::bundle::BundleError;
use crate::directory::signature::{self, TrustedKey};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Why a new directory was not taken.
#[derive(Debug, thiserror::Error)]
pub enum RefreshError {
    #[error(transparent)]
    Desk(#[from] DeskError),
    /// Tampered, truncated, wrongly signed or unreadable: refused, the old one stays.
    #[error("the new directory was refused: {0}")]
    Refused(#[from] BundleError),
    #[error("the new directory could not be saved: {0}")]
    Io(String),
}

/// A directory that was checked and saved.
#[derive(Debug)]
pub struct Refreshed {
    pub directory: Directory,
    pub etag: Option<String>,
    pub bytes: usize,
}

/// Downloads the bundle at `url` unless it is still `etag`, checks it against `trusted`, and
/// replaces `path` atomically. `Ok(None)`: nothing new.
pub async fn refresh(
    client: DeskClient<'_>,
    url: &str,
    etag: Option<&str>,
    path: &Path,
    trusted: &[TrustedKey],
) -> Result<Option<Refreshed>, RefreshError> {
    let Some((bytes, etag)) = client.directory(url, etag).await? else {
        return Ok(None);
    };
    let directory = signature::open(&bytes, trusted)?;
    replace_file(path, &bytes).map_err(|e| RefreshError::Io(e.to_string()))?;
    Ok(Some(Refreshed {
        directory,
        etag,
        bytes: bytes.len(),
    }))
}

/// Writes `bytes` to a temporary file beside `path`, flushes it to disk, then renames it over
/// `path`: a crash leaves either the old file or the new one, never half of one.
pub fn replace_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut tmp = PathBuf::from(path);
    tmp.as_mut_os_string().push(".new");
    {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        // The rename itself must reach the disk too (directories can be fsynced on Unix).
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
    Ok(())
}

/// Opens the saved bundle, or says why the phone has none it can use.
pub fn load(path: &Path, trusted: &[TrustedKey]) -> Directory {
    match std::fs::read(path) {
        Ok(bytes) => signature::open(&bytes, trusted)
            .unwrap_or_else(|e| Directory::unavailable(e.to_string())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Directory::empty(),
        Err(e) => Directory::unavailable(e.to_string()),
    }
}
