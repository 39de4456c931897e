use std::future::pending;
use std::time::Duration;
use tokio::time::timeout;

// load reads one setting; the "remote" source never answers.
async fn load(source: &str) -> String {
    if source == "remote" {
        pending::<()>().await;
    }
    format!("{source} settings")
}

#[tokio::main]
async fn main() {
    for source in ["file", "remote", "env"] {
        // load needs no context parameter: timeout drops it on expiry
        match timeout(Duration::from_millis(30), load(source)).await {
            Ok(s) => println!("{source}: {s}"),
            Err(_) => println!("{source}: gave up (context deadline exceeded)"),
        }
    }
}
