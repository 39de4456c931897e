use std::collections::HashMap;

fn main() {
    let roster = [
        ("red", "ana"),
        ("blue", "bo"),
        ("red", "cy"),
        ("green", "di"),
        ("blue", "ed"),
    ];
    let mut by_team: HashMap<&str, Vec<&str>> = HashMap::new();
    for (team, player) in roster {
        by_team[team].push(player);
    }

    let mut teams: Vec<&str> = by_team.keys().copied().collect();
    teams.sort();
    for team in teams {
        println!("{team} [{}]", by_team[team].join(" "));
    }
}
