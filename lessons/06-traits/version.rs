use std::fmt;

struct Version {
    major: u32,
    minor: u32,
}

// The impl names the trait it implements.
impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "v{}.{}", self.major, self.minor)
    }
}

fn main() {
    let v = Version {
        major: 1,
        minor: 85,
    };
    println!("rust {v}"); // needs the Display impl
    let s: &dyn fmt::Display = &v; // like a Go interface value
    println!("as a Display: {s}");
}
