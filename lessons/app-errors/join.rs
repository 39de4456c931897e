use std::fmt;

#[derive(Debug, PartialEq)]
enum FieldError {
    Required(&'static str),
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            FieldError::Required(field) => write!(f, "{field}: required"),
        }
    }
}

struct Signup {
    name: String,
    email: String,
}

// Every problem, not just the first: the error is a Vec.
fn validate(s: &Signup) -> Result<(), Vec<FieldError>> {
    let mut errs = Vec::new();
    if s.name.is_empty() {
        errs.push(FieldError::Required("name"));
    }
    if s.email.is_empty() {
        errs.push(FieldError::Required("email"));
    }
    if errs.is_empty() { Ok(()) } else { Err(errs) }
}

fn main() {
    let ok = Signup {
        name: "Ada".into(),
        email: "ada@example.com".into(),
    };
    println!("{:?}", validate(&ok));
    let empty = Signup {
        name: String::new(),
        email: String::new(),
    };
    let errs = validate(&empty).unwrap_err();
    for e in &errs {
        println!("{e}");
    }
    let required = errs.iter().any(|e| matches!(e, FieldError::Required(_)));
    println!("required missing: {required}");
}
