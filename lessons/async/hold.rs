use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn visit(visits: Arc<Mutex<Vec<u32>>>, user: u32) {
    let mut log = visits.lock().unwrap();
    tokio::time::sleep(Duration::from_millis(1)).await; // e.g. look the user up
    log.push(user);
}

#[tokio::main]
async fn main() {
    let visits = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();
    for user in 1..=3 {
        handles.push(tokio::spawn(visit(Arc::clone(&visits), user)));
    }
    for handle in handles {
        handle.await.unwrap();
    }
    let mut log = visits.lock().unwrap().clone();
    log.sort();
    println!("visits: {log:?}");
}
