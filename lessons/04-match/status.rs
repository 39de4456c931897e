fn classify(method: &str, code: u16) -> String {
    // TODO: translate Go's switch into one `match (method, code)`.
    match (method, code) {
        (_, 200) => "ok".to_string(),
        _ => "unknown".to_string(),
    }
}

fn main() {
    let requests = [
        ("GET", 200),
        ("POST", 201),
        ("DELETE", 204),
        ("GET", 301),
        ("GET", 404),
        ("HEAD", 404),
        ("POST", 404),
        ("PUT", 503),
        ("GET", 700),
    ];
    for (method, code) in requests {
        println!("{method} {code}: {}", classify(method, code));
    }
}
