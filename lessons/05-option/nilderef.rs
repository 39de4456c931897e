struct User {
    id: u32,
    name: String,
}

impl User {
    fn new(id: u32, name: &str) -> User {
        let name = name.to_string();
        User { id, name }
    }
}

fn find_user(users: &[User], id: u32) -> Option<&User> {
    users.iter().find(|u| u.id == id)
}

fn greet(u: &User) {
    println!("hello, {}", u.name); // a &User always points at a User
}

fn main() {
    let users = [User::new(1, "ada"), User::new(2, "linus")];
    greet(find_user(&users, 7)); // an Option<&User> is not a &User
}
