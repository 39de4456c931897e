use std::cell::RefCell;
use std::rc::Rc;

struct Account {
    balance: i64,
    log: Vec<String>,
}

/// Withdraws `amount` if the balance covers it.
fn withdraw(acct: &RefCell<Account>, amount: i64) {
    let a = acct.borrow();
    if a.balance >= amount {
        let mut w = acct.borrow_mut();
        w.balance -= amount;
        w.log.push(format!("withdrew {amount}"));
    } else {
        acct.borrow_mut().log.push(format!("refused {amount}"));
    }
}

fn main() {
    let acct = Rc::new(RefCell::new(Account {
        balance: 50,
        log: Vec::new(),
    }));
    let teller = Rc::clone(&acct); // a second owner of the same account
    withdraw(&teller, 30);
    withdraw(&teller, 30);
    let a = acct.borrow();
    println!("balance {}", a.balance);
    println!("{}", a.log.join(", "));
}
