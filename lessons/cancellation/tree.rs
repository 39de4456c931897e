use tokio::sync::watch;

// A request stops when its own token or the server's token is cancelled.
async fn request(
    id: u32,
    mut server: watch::Receiver<bool>,
    mut own: watch::Receiver<bool>,
) -> String {
    tokio::select! {
        _ = server.wait_for(|&stop| stop) => format!("request {id}: server stopping"),
        _ = own.wait_for(|&stop| stop) => format!("request {id}: cancelled"),
    }
}

#[tokio::main]
async fn main() {
    let (stop_server, server) = watch::channel(false);
    let (cancel1, own1) = watch::channel(false);
    // Keep the sender alive: a dropped sender ends wait_for with an error,
    // which this select! would take as a cancellation.
    let (_cancel2, own2) = watch::channel(false);
    let req1 = tokio::spawn(request(1, server.clone(), own1));
    let req2 = tokio::spawn(request(2, server, own2));

    cancel1.send(true).unwrap();
    println!("{}", req1.await.unwrap());
    stop_server.send(true).unwrap();
    println!("{}", req2.await.unwrap());
}
