use std::future::pending;

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
        let s = load(source).await;
        println!("{source}: {s}");
    }
}
