use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct QuotaError {
    limit: u32,
}

impl fmt::Display for QuotaError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "quota of {} exceeded", self.limit)
    }
}

impl Error for QuotaError {}

#[derive(Debug)]
struct ChargeError(QuotaError);

impl fmt::Display for ChargeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "charge failed")
    }
}

impl Error for ChargeError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.0)
    }
}

// errors.As walks the chain; downcast_ref looks at one error only.
fn find<'a, T: Error + 'static>(err: &'a (dyn Error + 'static)) -> Option<&'a T> {
    let mut next = Some(err);
    while let Some(e) = next {
        if let Some(found) = e.downcast_ref::<T>() {
            return Some(found);
        }
        next = e.source();
    }
    None
}

fn main() {
    let err: Box<dyn Error + Send + Sync> = Box::new(ChargeError(QuotaError { limit: 100 }));
    println!("top is a quota error: {}", err.is::<QuotaError>());
    if let Some(q) = find::<QuotaError>(err.as_ref()) {
        println!("limit {}", q.limit);
    }
}
