use anyhow::{Context, Result};

fn read_port(path: &str) -> Result<u16> {
    let data = std::fs::read_to_string(path).context("reading config")?;
    let port = data
        .trim()
        .parse()
        .with_context(|| format!("parsing port in {path}"))?;
    Ok(port)
}

fn run() -> Result<()> {
    let port = read_port("/nonexistent/app.conf").context("starting server")?;
    println!("listening on {port}");
    Ok(())
}

fn main() {
    if let Err(err) = run() {
        println!("error: {err}"); // only the outermost context
        println!("error: {err:#}"); // the whole chain, joined by ": "
        let io = err.downcast_ref::<std::io::Error>().map(|e| e.kind());
        println!("root cause is an io error: {io:?}");
    }
}
