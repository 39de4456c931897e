fn main() {
    // (name, year announced, year of the 1.0 release)
    let langs = [("Go", 2009, 2012), ("Rust", 2010, 2015)];
    println!("lang announced 1.0");
    for (name, announced, stable) in langs {
        println!("{name} {announced} {stable}");
    }
}
