use std::num::Wrapping;

fn main() {
    let x: u8 = 250;
    println!("{:?} {:?}", x.checked_add(3), x.checked_add(10));
    println!("{}", x.wrapping_add(10));
    println!("{}", x.saturating_add(10));
    println!("{:?}", x.overflowing_add(10));

    // Wrapping<T> makes every operator wrap, for hashes and checksums.
    let mut h = Wrapping(0u32);
    for b in b"gopher" {
        h = h * Wrapping(31) + Wrapping(u32::from(*b));
    }
    println!("{h}");

    // The same families exist for - * / and more.
    println!("{:?}", i32::MIN.checked_abs());
    println!("{}", 3u32.saturating_sub(5));
    // No high-half helper is needed: widen to the next size.
    println!("{}", u128::from(1u64 << 40) * u128::from(1u64 << 40));
}
