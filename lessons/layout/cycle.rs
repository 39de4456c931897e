// Two modules of one crate that use each other: allowed.
mod users {
    use crate::orders;

    pub fn name(id: u32) -> String {
        format!("user{id}")
    }

    pub fn describe(id: u32) -> String {
        format!("{} has {} orders", name(id), orders::count_for(id))
    }
}

mod orders {
    use crate::users;

    pub fn count_for(id: u32) -> u32 {
        id * 2
    }

    pub fn describe(id: u32, owner: u32) -> String {
        format!("order {id} belongs to {}", users::name(owner))
    }
}

fn main() {
    println!("{}", users::describe(3));
    println!("{}", orders::describe(42, 3));
}
