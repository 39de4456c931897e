fn classify(method: &str, code: u16) -> String {
    // Go's switch, translated line by line
    if code == 200 || code == 204 {
        "ok".to_string()
    } else if (200..=299).contains(&code) {
        format!("success ({code})")
    } else if (300..=399).contains(&code) {
        "redirect".to_string()
    } else if (method == "GET" || method == "HEAD") && code == 404 {
        "no such page".to_string()
    } else if (400..=499).contains(&code) {
        "client error".to_string()
    } else if (500..=599).contains(&code) {
        "server error".to_string()
    } else {
        "unknown".to_string()
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
