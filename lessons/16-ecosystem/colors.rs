use std::fmt;

// A declarative macro: the compiler expands it to ordinary
// code before type checking, as part of every build.
macro_rules! named_enum {
    ($name:ident { $($variant:ident),+ }) => {
        #[derive(Clone, Copy, Debug)]
        enum $name { $($variant),+ }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
                let s = match self {
                    $($name::$variant => stringify!($variant)),+
                };
                f.write_str(s)
            }
        }
    };
}

named_enum!(Color { Red, Green, Blue });

fn main() {
    let all = [Color::Red, Color::Green, Color::Blue];
    let names = all.map(|c| c.to_string());
    println!("{}", names.join(" "));
    // Debug comes from #[derive], a procedural macro
    println!("{:?}", Color::Blue);
}
