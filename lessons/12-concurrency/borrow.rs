#[tokio::main]
async fn main() {
    let name = String::from("ferris");
    // The task may outlive main's stack frame, so it may not
    // borrow `name`: E0373. Writing `async move` fixes it.
    let handle = tokio::spawn(async {
        println!("hello, {name}");
    });
    handle.await.unwrap();
}
