use std::time::Duration;
use tokio::time::{sleep, timeout};

// slow_query does not look at any token either.
async fn slow_query(out: &mut Vec<&'static str>) {
    sleep(Duration::from_millis(200)).await;
    out.extend(["row 1", "row 2"]);
}

async fn lookup() -> (Vec<&'static str>, bool) {
    let mut rows = Vec::new();
    // The future borrows rows. On timeout it is dropped at its .await,
    // so it can never write rows afterwards, and the borrow ends here.
    let finished = timeout(Duration::from_millis(20), slow_query(&mut rows))
        .await
        .is_ok();
    (rows, finished)
}

#[tokio::main]
async fn main() {
    let (rows, finished) = lookup().await;
    println!("lookup: finished {finished}, {} rows", rows.len());
    sleep(Duration::from_millis(300)).await;
}
