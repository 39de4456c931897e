fn classify(method: &str, code: u16) -> String {
    match (method, code) {
        (_, 200 | 204) => "ok".to_string(),
        (_, c @ 200..=299) => format!("success ({c})"),
        (_, 300..=399) => "redirect".to_string(),
        ("GET" | "HEAD", 404) => "no such page".to_string(),
        (_, 400..=499) => "client error".to_string(),
        (_, 500..=599) => "server error".to_string(),
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
