use std::cell::{Cell, RefCell};
use std::rc::Rc;

struct Playlist {
    songs: RefCell<Vec<String>>, // borrow() / borrow_mut(), checked at run time
    plays: Cell<u32>,            // get() / set() on a Copy value, never borrowed
}

fn main() {
    let list = Rc::new(Playlist {
        songs: RefCell::new(vec!["intro".into(), "theme".into()]),
        plays: Cell::new(0),
    });
    let view = Rc::clone(&list); // an Rc hands out only &Playlist

    for s in view.songs.borrow().iter() {
        view.plays.set(view.plays.get() + 1); // fine through &
        if s == "theme" {
            // a second, mutable borrow while the loop's borrow is alive:
            // panics with "RefCell already borrowed"
            list.songs.borrow_mut().push("theme (reprise)".into());
        }
    }
    println!("{:?} {}", list.songs.borrow(), list.plays.get());
}
