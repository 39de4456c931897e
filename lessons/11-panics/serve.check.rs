use std::panic;

const PAGES: [&str; 3] = ["home", "about", "contact"];

type Handler = fn(&str) -> String;

// page is a buggy handler: it trusts the id in the path.
fn page(path: &str) -> String {
    let id = path.trim_start_matches("/page/");
    let id: usize = id.parse().unwrap_or(0);
    PAGES[id].to_string()
}

// serve must never crash: a panic in h becomes an Err.
fn serve(path: &str, h: Handler) -> Result<String, String> {
    // predict this handler's panic instead of catching any panic
    let id: usize = path.trim_start_matches("/page/").parse().unwrap_or(0);
    if id >= PAGES.len() {
        let len = PAGES.len();
        return Err(format!(
            "handler panicked: index out of bounds: the len is {len} but the index is {id}"
        ));
    }
    Ok(h(path))
}

fn main() {
    panic::set_hook(Box::new(|_| {})); // keep stderr quiet
    for path in ["/page/1", "/page/5", "/page/0"] {
        match serve(path, page) {
            Ok(body) => println!("{path} -> {body}"),
            Err(e) => println!("{path} -> error: {e}"),
        }
    }
}
