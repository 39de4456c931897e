fn main() {
    let mut v: Vec<i32> = Vec::with_capacity(5); // owns its buffer
    v.extend([0, 0, 0]);
    println!("{v:?} {} {}", v.len(), v.capacity());

    let t: &mut [i32] = &mut v[1..3]; // a borrowed window: pointer and length
    t[0] = 7; // writes through to v
    println!("{t:?} {}", t.len()); // no capacity: a slice cannot grow

    let whole: &[i32] = &v; // &Vec<i32> turns into &[i32] where needed
    println!("{whole:?} {}", whole.len());

    v.resize(4, 0); // only the owner changes the length
    println!("{v:?} {} {}", v.len(), v.capacity());
}
