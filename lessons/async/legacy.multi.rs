use std::sync::mpsc;
use std::time::Duration;

// A synchronous library call: it blocks its thread until a reply arrives.
fn wait_for_reply(replies: mpsc::Receiver<String>) -> String {
    match replies.recv_timeout(Duration::from_secs(2)) {
        Ok(reply) => reply,
        Err(_) => String::from("no reply"),
    }
}

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel();
    let responder = tokio::spawn(async move {
        // the receiver may have given up already: ignore a failed send
        let _ = tx.send(String::from("pong"));
    });

    let reply = wait_for_reply(rx);
    println!("reply: {reply}");
    responder.await.unwrap();
}
