use std::error::Error;

fn port(s: &str) -> Result<u16, Box<dyn Error>> {
    Ok(s.parse::<u16>()?) // every error converts to Box<dyn Error>
}

fn main() -> Result<(), Box<dyn Error>> {
    // Handled here: print with Display, for people.
    match port("80a") {
        Ok(p) => println!("port {p}"),
        Err(e) => println!("error: {e}"),
    }
    // The Debug form, which `main` would print for an Err:
    let e = port("80a").unwrap_err();
    println!("Debug: {e:?}");
    let p = port("8080")?; // an Err here would end main at once
    println!("port {p}");
    Ok(())
}
