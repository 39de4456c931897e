enum Event {
    Click { x: i32, y: i32 },
    Key { code: char, shift: bool },
    Quit,
}

fn handle(ev: &Event) -> String {
    match ev {
        Event::Click { x: 0, y: 0 } => "click at origin".to_string(),
        Event::Click { x, y } => format!("click at {x},{y}"),
        Event::Key { code, shift: true } => {
            format!("key {}", code.to_ascii_uppercase())
        }
        Event::Key { code, .. } => format!("key {code}"),
        Event::Quit => "quit".to_string(),
    }
}

fn main() {
    let evs = [
        Event::Click { x: 0, y: 0 },
        Event::Click { x: 3, y: 4 },
        Event::Key {
            code: 'q',
            shift: true,
        },
        Event::Quit,
    ];
    for ev in &evs {
        println!("{}", handle(ev));
    }
}
