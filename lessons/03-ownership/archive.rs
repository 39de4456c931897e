// archive takes the log by value: it now owns it.
fn archive(log: Vec<String>) -> usize {
    log.len()
} // the log is freed here

fn main() {
    let log = vec!["start".to_string(), "stop".to_string()];
    let last = &log[1]; // a reference into the log
    let n = archive(log); // E0505: moving log while `last` borrows it
    println!("{n} archived, last was {last:?}");
}
