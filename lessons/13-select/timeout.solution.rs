use std::time::Duration;
use tokio::{sync::mpsc, time::timeout};

// worker forwards each question to a backend that never replies,
// so it never answers. It keeps `answers` open all the same.
async fn worker(mut questions: mpsc::Receiver<String>, answers: mpsc::Sender<String>) {
    let (_backend, mut replies) = mpsc::channel::<String>(1);
    while let Some(_question) = questions.recv().await {
        // waits forever: `_backend` is alive but never sends
        if let Some(reply) = replies.recv().await {
            answers.send(reply).await.unwrap();
        }
    }
}

#[tokio::main]
async fn main() {
    let (ask, questions) = mpsc::channel(1);
    let (answer_tx, mut answers) = mpsc::channel(1);
    tokio::spawn(worker(questions, answer_tx));
    ask.send("status?".to_string()).await.unwrap();
    println!("asked");
    // The answer can never come, so the limit decides only when we stop.
    match timeout(Duration::from_millis(100), answers.recv()).await {
        Ok(Some(answer)) => println!("answer: {answer}"),
        Ok(None) => println!("worker stopped"),
        Err(_elapsed) => println!("timeout"),
    }
}
