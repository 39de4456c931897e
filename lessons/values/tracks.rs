#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone)]
struct Track {
    name: String,
    points: Vec<Point>,
}

fn main() {
    let tracks = vec![Track {
        name: "morning".into(),
        points: vec![Point { x: 0, y: 0 }, Point { x: 3, y: 4 }],
    }];

    let mut p = tracks[0].points[0]; // Point is Copy: this copies
    p.x = 1;
    println!("{p:?} {:?}", tracks[0].points[0]);

    let mut first = tracks[0]; // E0507: a Track is not Copy, and
    first.name = "copy".into(); // moving it would leave a hole in the Vec
    println!("{} {:?}", first.name, tracks[0]);
}
