use std::time::Duration;
use tokio::time::sleep;

struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        println!("worker: guard dropped");
    }
}

#[tokio::main]
async fn main() {
    tokio::spawn(async {
        let _guard = Guard;
        loop {
            sleep(Duration::from_millis(1)).await;
        }
    });
    sleep(Duration::from_millis(20)).await;
    println!("main returns");
    // Leaving main shuts the runtime down, and that drops every task.
}
