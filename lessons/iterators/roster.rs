struct Person {
    name: &'static str,
    age: u32,
}

fn main() {
    let mut people = vec![
        Person {
            name: "Mia",
            age: 34,
        },
        Person {
            name: "Ben",
            age: 28,
        },
        Person {
            name: "Ada",
            age: 34,
        },
        Person {
            name: "Zoe",
            age: 19,
        },
        Person {
            name: "Eli",
            age: 28,
        },
    ];
    // by age, then by name: a tuple key compares field by field
    people.sort_by_key(|p| (p.age, p.name));
    for p in &people {
        println!("{} {}", p.age, p.name);
    }
    match people.iter().position(|p| p.age > 30) {
        Some(i) => println!("first over 30: {} at {i}", people[i].name),
        None => println!("nobody over 30"),
    }
}
