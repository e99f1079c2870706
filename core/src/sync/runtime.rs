//! The tokio runtime core owns: the sync client runs here, whichever thread calls it (a
//! Kotlin coroutine, a Swift task, a platform's background worker).

use std::future::Future;
use std::sync::OnceLock;
use tokio::runtime::Runtime;

static RUNTIME: OnceLock<Result<Runtime, String>> = OnceLock::new();

/// The shared runtime, started on first use with two worker threads (a phone has little to
/// do in parallel: a handful of small HTTP exchanges).
pub fn runtime() -> Result<&'static Runtime, String> {
    RUNTIME
        .get_or_init(|| {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .thread_name("relais-sync")
                .enable_all()
                .build()
                .map_err(|e| e.to_string())
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// Runs `future` on core's runtime and waits for it from any executor (or none: the returned
/// future can be polled by UniFFI's foreign executors).
pub async fn run<F>(future: F) -> Result<F::Output, String>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    runtime()?
        .spawn(future)
        .await
        .map_err(|e| format!("the sync task stopped: {e}"))
}
