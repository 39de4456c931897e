struct Span {
    name: &'static str,
}

impl Span {
    fn enter(name: &'static str) -> Span {
        println!("enter {name}");
        Span { name }
    }
}

// TODO: print "exit <name>" when a Span goes out of scope.

fn load() {
    let _span = Span::enter("load");
    println!("  loading");
}

fn main() {
    let _span = Span::enter("main");
    load();
    println!("  back in main");
}
