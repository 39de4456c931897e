fn main() {
    // (name, year announced, year of the 1.0 release)
    let langs = [("Go", 2009, 2012), ("Rust", 2010, 2015)];
    println!("{:<6}{:>10}{:>6}", "lang", "announced", "1.0");
    for (name, announced, stable) in langs {
        println!("{name:<6}{announced:>10}{stable:>6}");
    }
}
