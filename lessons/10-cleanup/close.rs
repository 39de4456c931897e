struct File {
    name: &'static str,
}

impl File {
    fn write(&mut self, _s: &str) -> Result<(), String> {
        Ok(())
    }

    // Drop cannot return an error, so a type whose cleanup can
    // fail offers a method that consumes self and reports it.
    fn close(self) -> Result<(), String> {
        Err(format!("close {}: disk full", self.name))
    }
}

fn save(name: &'static str) -> Result<(), String> {
    let mut f = File { name };
    f.write("data")?;
    f.close() // f is moved: it cannot be used after this
}

fn main() {
    println!("save: {:?}", save("out.txt"));
}
