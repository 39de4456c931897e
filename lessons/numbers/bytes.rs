fn main() {
    // Sizes of three downloads, in bytes.
    let sizes: [i32; 3] = [1_500_000_000, 900_000_000, 300_000_000];
    // i64::from cannot lose anything, so it exists; i32 + i32 would
    // panic at 2^31 in a debug build.
    let total: i64 = sizes.iter().map(|&s| i64::from(s)).sum();
    println!("{} files, {total} bytes", sizes.len());
    println!("{} MB", total / 1_000_000);
}
