// The module tree is declared in code; here every module is inline.
mod net {
    pub mod url {
        pub fn path_escape(s: &str) -> String {
            s.replace(' ', "%20")
        }

        pub fn join(parts: &[&str]) -> String {
            super::join_with_slash(parts) // super: the parent module
        }
    }

    // Private to net, and so visible inside net and its children only.
    fn join_with_slash(parts: &[&str]) -> String {
        parts.join("/")
    }
}

use net::url; // brings the name url into this scope
use std::collections::BTreeSet as Set; // renamed, like an import alias

fn main() {
    println!("{}", url::join(&["cmd", "server", "main.rs"]));
    println!("{}", crate::net::url::path_escape("a b")); // absolute path
    println!("{:?}", Set::from(["rs", "go"]));
}
