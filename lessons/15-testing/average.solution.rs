fn average(xs: &[f64]) -> f64 {
    if xs.is_empty() {
        return 0.0;
    }
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn main() {
    let temps = [20.5, 21.0, 19.5, 22.0];
    println!("average = {:.2}", average(&temps));
    println!("empty = {:.2}", average(&[]));
}
