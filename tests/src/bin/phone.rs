//! A phone as its own process, so that a test can SIGKILL it in the middle of a sync:
//! `phone <store> <desk-url> <count>` makes requests until the store holds `count`, then
//! syncs until nothing waits, and prints `done`.
#![allow(clippy::print_stdout, clippy::unwrap_used)]

use relais_e2e::phone::TestPhone;

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, store, url, count] = args.as_slice() else {
        eprintln!("usage: phone <store> <desk-url> <count>");
        std::process::exit(2);
    };
    let count: usize = count.parse().unwrap();
    let phone = TestPhone::open(std::path::Path::new(store), url);
    while phone.store().list().unwrap().len() < count {
        let n = phone.store().list().unwrap().len();
        phone.ask(&format!("Personne {n}"));
    }
    loop {
        let r = phone.sync_now().await;
        if r.pending == 0 {
            break;
        }
        if r.changes.is_empty() {
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }
    println!("done");
}
