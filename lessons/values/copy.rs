fn main() {
    let none: Vec<i32> = Vec::new(); // empty, and no allocation yet
    let absent: Option<Vec<i32>> = None; // "no list" is another type
    println!("{} {} {:?}", none.is_empty(), none.capacity(), absent);

    let mut dst = [0; 2];
    let src = [7, 8, 9];
    let n = dst.len().min(src.len()); // Go's copy, spelled out
    dst[..n].copy_from_slice(&src[..n]);
    println!("{n} {dst:?}");

    dst.copy_from_slice(&src); // lengths differ: this panics
}
