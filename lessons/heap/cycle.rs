use std::cell::RefCell;
use std::rc::Rc;

struct Person {
    name: &'static str,
    friend: RefCell<Option<Rc<Person>>>,
}

impl Person {
    fn new(name: &'static str) -> Rc<Person> {
        Rc::new(Person {
            name,
            friend: RefCell::new(None),
        })
    }
}

impl Drop for Person {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    {
        let cy = Person::new("cy");
        let di = Person::new("di");
        *cy.friend.borrow_mut() = Some(Rc::clone(&di)); // one way only
        println!("di has {} owners", Rc::strong_count(&di));
    } // cy's count reaches 0, so cy drops, and with it its Rc to di

    {
        let ana = Person::new("ana");
        let bo = Person::new("bo");
        *ana.friend.borrow_mut() = Some(Rc::clone(&bo));
        *bo.friend.borrow_mut() = Some(Rc::clone(&ana)); // a cycle
        println!(
            "ana {}, bo {}",
            Rc::strong_count(&ana),
            Rc::strong_count(&bo)
        );
    } // each count falls to 1, never to 0: neither is dropped
    println!("end of main: ana and bo leaked");
}
