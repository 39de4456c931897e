fn parse_port(s: &str) -> Option<u16> {
    s.trim().parse().ok()
}

// A label for the port, if the text is a port at all.
fn port_label(s: &str) -> Option<String> {
    match parse_port(s) {
        Some(p) => Some(format!("port {p}")),
        None => None,
    }
}

fn main() {
    for s in ["8080", " 443 ", "http"] {
        println!("{s:?} -> {:?}", port_label(s));
    }
}
