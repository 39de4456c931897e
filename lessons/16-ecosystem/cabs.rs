use std::ffi::c_int;

// Edition 2024: an extern block must be written `unsafe`,
// because rustc cannot check these signatures.
unsafe extern "C" {
    fn abs(x: c_int) -> c_int;
}

fn main() {
    // The call itself is unsafe: we promise the signature
    // matches what the C library really exports.
    let n = unsafe { abs(-42) };
    println!("C says {n}");
}
