struct User {
    id: u32,
    name: String,
    email: Option<String>,
}

fn find_user(users: &[User], id: u32) -> Option<&User> {
    users.iter().find(|u| u.id == id)
}

fn main() {
    let users = [
        User {
            id: 1,
            name: "ada".to_string(),
            email: Some("ada@example.com".to_string()),
        },
        User {
            id: 2,
            name: "linus".to_string(),
            email: None,
        },
    ];
    for id in [1, 2, 7] {
        let user = find_user(&users, id);
        println!("{id}: {} <{}>", user.name, user.email);
    }
}
