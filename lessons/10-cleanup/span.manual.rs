struct Span {
    name: &'static str,
}

impl Span {
    fn enter(name: &'static str) -> Span {
        println!("enter {name}");
        Span { name }
    }
}

fn load() {
    let _span = Span::enter("load");
    println!("  loading");
    println!("exit load");
}

fn main() {
    let _span = Span::enter("main");
    load();
    println!("  back in main");
    println!("exit main");
}
