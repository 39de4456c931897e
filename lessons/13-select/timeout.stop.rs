use tokio::sync::mpsc;

// worker forwards each question to a backend that never replies,
// so it never answers. It keeps `answers` open all the same.
async fn worker(mut questions: mpsc::Receiver<String>, answers: mpsc::Sender<String>) {
    let (_backend, mut replies) = mpsc::channel::<String>(1);
    while let Some(_question) = questions.recv().await {
        // give up at once instead of waiting for the backend
        drop(replies);
        return;
    }
}

#[tokio::main]
async fn main() {
    let (ask, questions) = mpsc::channel(1);
    let (answer_tx, mut answers) = mpsc::channel(1);
    tokio::spawn(worker(questions, answer_tx));
    ask.send("status?".to_string()).await.unwrap();
    println!("asked");
    match answers.recv().await {
        Some(answer) => println!("answer: {answer}"),
        None => println!("timeout"),
    }
}
