// Logger prints lines tagged with a prefix.
struct Logger {
    prefix: String,
}

impl Logger {
    fn log(&self, msg: &str) {
        println!("[{}] {msg}", self.prefix);
    }
}

// Loggable is anything that can log a line.
trait Loggable {
    fn log(&self, msg: &str);
}

struct Service {
    logger: Logger,
    name: String,
}

// The logger's format, copied instead of delegated to.
impl Loggable for Service {
    fn log(&self, msg: &str) {
        println!("[{}] {msg}", self.logger.prefix);
    }
}

fn startup(l: &impl Loggable) {
    l.log("starting");
}

fn main() {
    let logger = Logger {
        prefix: "billing".to_string(),
    };
    let svc = Service {
        logger,
        name: "billing-api".to_string(),
    };
    startup(&svc);
    svc.log("charged 42");
    println!("{} logs as {}", svc.name, svc.logger.prefix);
}
