fn average(xs: &Vec<f64>) -> f64 {
    if xs.len() == 0 {
        return 0.0;
    }
    let mut total = 0.0;
    for i in 0..xs.len() {
        total += xs[i];
    }
    total / xs.len() as f64
}

fn main() {
    let temps = vec![20.5, 21.0, 19.5, 22.0];
    println!("average = {:.2}", average(&temps));
    println!("empty = {:.2}", average(&Vec::new()));
}
