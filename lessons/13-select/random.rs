use std::future::ready;

#[tokio::main]
async fn main() {
    let (mut a_wins, mut b_wins) = (0, 0);
    for _ in 0..1000 {
        tokio::select! { // both ready: random starting branch
            _ = ready(1) => a_wins += 1,
            _ = ready(2) => b_wins += 1,
        }
    }
    println!("a won some rounds: {}", a_wins > 0);
    println!("b won some rounds: {}", b_wins > 0);

    let mut a_first = 0;
    for _ in 0..1000 {
        tokio::select! {
            biased; // poll the branches top to bottom
            _ = ready(1) => a_first += 1,
            _ = ready(2) => {}
        }
    }
    println!("biased: a won {a_first} of 1000");
}
