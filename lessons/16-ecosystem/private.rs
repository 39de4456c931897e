mod geo {
    pub struct Rect {
        pub w: u32,
        pub h: u32,
    }

    pub fn area(r: &Rect) -> u32 {
        r.w * r.h
    }

    // no `pub`: private to `geo` (and its child modules)
    fn perimeter(r: &Rect) -> u32 {
        2 * (r.w + r.h)
    }
}

fn main() {
    let r = geo::Rect { w: 3, h: 4 };
    println!("area = {}", geo::area(&r));
    println!("perimeter = {}", geo::perimeter(&r)); // E0603
}
