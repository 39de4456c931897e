use std::any::type_name_of_val;

fn main() {
    println!("usize is {} bits here", usize::BITS);
    println!("i8: {} to {}", i8::MIN, i8::MAX);
    println!("u8: {} to {}", u8::MIN, u8::MAX);
    println!("i64 max: {}", i64::MAX);
    println!("u128 max: {}", u128::MAX);

    let words = ["go", "rust"];
    let n = words.len(); // usize: unsigned, the type of every index
    println!("{:?}", n.checked_sub(3)); // n - 3 would panic
    println!("{}", words[n - 1]);

    let x = 42; // nothing else constrains it: i32
    let c = 'é'; // char is a Unicode scalar value, not an integer
    let b = b'A'; // a byte literal is a u8
    let names = [
        type_name_of_val(&x),
        type_name_of_val(&c),
        type_name_of_val(&b),
    ];
    println!("{}", names.join(" "));
}
