struct Job {
    tags: Vec<String>,
}

// submit takes ownership of the tags.
fn submit(queue: &mut Vec<Job>, tags: Vec<String>) {
    queue.push(Job { tags });
}

fn main() {
    let mut queue = Vec::new();
    let mut tags = vec!["urgent".to_string(), "db".to_string()];
    submit(&mut queue, tags); // tags moves into the queue...
    tags[0] = "low".to_string(); // ...so this is E0382
    submit(&mut queue, tags);
    for (i, j) in queue.iter().enumerate() {
        println!("job {i} {:?}", j.tags);
    }
}
