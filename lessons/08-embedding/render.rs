trait Widget {
    fn kind(&self) -> String {
        "widget".to_string()
    }
    // A default method calls through `self`: it sees overrides.
    fn render(&self) -> String {
        format!("<{}>", self.kind())
    }
}

struct Button;

impl Widget for Button {
    fn kind(&self) -> String {
        "button".to_string()
    }
}

fn main() {
    let b = Button;
    println!("{}", b.kind());
    println!("{}", b.render()); // the default, calling Button::kind
}
