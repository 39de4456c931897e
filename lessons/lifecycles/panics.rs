fn parse(s: &str) -> usize {
    if s.is_empty() {
        panic!("empty input");
    }
    s.len()
}

#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async { parse("") });
    match handle.await {
        Ok(n) => println!("parsed {n}"),
        Err(e) if e.is_panic() => println!("the task panicked; main carries on"),
        Err(e) => println!("the task was cancelled: {e}"),
    }
}
