mod bank {
    pub struct Account {
        owner: String,
        balance: i64, // private to the module bank
    }

    impl Account {
        pub fn open(owner: &str, balance: i64) -> Account {
            Account {
                owner: owner.to_string(),
                balance,
            }
        }

        pub fn deposit(&mut self, amount: i64) {
            self.balance += amount;
        }

        fn audit(&self) -> String {
            format!("{} has {}", self.owner, self.balance)
        }
    }
}

fn main() {
    let mut a = bank::Account::open("ada", 10);
    a.deposit(5);
    println!("{}", a.audit()); // E0624: audit is private to bank
}
