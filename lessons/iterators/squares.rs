fn main() {
    // 1, 4, 9, 16, ... without end: only what is asked for is computed.
    let squares = (1u64..).map(|n| n * n);
    let odd: Vec<u64> = squares
        .take_while(|&s| s < 200)
        .filter(|s| s % 2 == 1)
        .collect();
    // Printed the way Go prints a slice: [a b c]
    let shown: Vec<String> = odd.iter().map(|s| s.to_string()).collect();
    println!("[{}]", shown.join(" "));
    println!("{} of them", odd.len());
}
