pub struct Stock {
    pub name: &'static str,
    on_hand: u32,
    minimum: u32,
}

impl Stock {
    pub fn new(name: &'static str, on_hand: u32, minimum: u32) -> Stock {
        Stock {
            name,
            on_hand,
            minimum,
        }
    }

    // How many to order to get back to the minimum.
    fn shortfall(&self) -> u32 {
        self.minimum - self.on_hand
    }

    pub fn report(&self) -> String {
        match self.shortfall() {
            0 => format!("{}: ok", self.name),
            n => format!("{}: order {n}", self.name),
        }
    }
}
