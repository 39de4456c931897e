use super::*;

#[test]
fn children_know_their_parent() {
    let root = Dir::root();
    let usr = add_child(&root, "usr");
    let local = add_child(&usr, "local");
    let up = local.parent().expect("local has a parent");
    assert_eq!(up.name, "usr");
    assert_eq!(usr.children.borrow().len(), 1);
}

#[test]
fn a_child_does_not_own_its_parent() {
    let root = Dir::root();
    let usr = add_child(&root, "usr");
    let _local = add_child(&usr, "local");
    assert_eq!(Rc::strong_count(&root), 1, "only `root` may own the root");
    assert_eq!(
        Rc::strong_count(&usr),
        2,
        "`usr` and the root's children list"
    );
}

#[test]
fn dropping_the_root_frees_the_tree() {
    let root = Dir::root();
    let usr = add_child(&root, "usr");
    let watch_root = Rc::downgrade(&root);
    let watch_usr = Rc::downgrade(&usr);
    drop(usr);
    drop(root);
    assert!(
        watch_root.upgrade().is_none(),
        "the root leaked: a cycle keeps it alive"
    );
    assert!(watch_usr.upgrade().is_none(), "usr leaked");
}

#[test]
fn parent_of_a_dropped_parent_is_none() {
    let root = Dir::root();
    let tmp = add_child(&root, "tmp");
    drop(root);
    assert!(tmp.parent().is_none());
}
