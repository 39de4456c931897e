fn main() {
    let small: i32 = 70000;
    let big: i64 = 5;
    // small + big does not compile: E0308, then E0277
    println!("{}", i64::from(small) + big);

    // `as` narrows like Go's conversion: it keeps the low bits.
    println!("{} {}", small as i16, small as u8);
    // TryFrom says when the value does not fit.
    println!("{:?} {:?}", i16::try_from(small), u8::try_from(200));
    let n = -1;
    println!("{} {:?}", n as u32, u32::try_from(n));

    // Float to int truncates toward zero, and `as` saturates.
    let f = -3.99_f64;
    println!("{}", f as i32);
    let huge = 1e10_f64;
    println!("{} {}", huge as i32, -huge as i32);
}
