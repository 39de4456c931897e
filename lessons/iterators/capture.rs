fn main() {
    let mut total = 0;
    let mut add = |x: i32| {
        // borrows total mutably until the closure's last use
        total += x;
        total
    };
    add(5);
    println!("{}", add(5));
    println!("{total}"); // the borrow has ended: 10

    let mut total = 0;
    let mut add = move |x: i32| {
        // move + i32: the closure holds its own COPY of total
        total += x;
        total
    };
    add(5);
    println!("{} {total}", add(5)); // 10 inside, 0 outside

    let name = String::from("ferris");
    let greet = move || format!("hi {name}"); // a String is moved in
    println!("{}", greet()); // using name here would be E0382
}
