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

// The return type says it: there may be no such user.
fn find_user(users: &[User], id: u32) -> Option<&User> {
    users.iter().find(|u| u.id == id)
}

fn main() {
    let users = [User::new(1, "ada"), User::new(2, "linus")];
    for id in [2, 7] {
        match find_user(&users, id) {
            Some(u) => println!("found {}", u.name),
            None => println!("no user {id}"),
        }
    }
    // No cost: None uses the null address no &User can hold.
    let (r, o) = (size_of::<&User>(), size_of::<Option<&User>>());
    println!("&User: {r} bytes, Option<&User>: {o} bytes");
}
