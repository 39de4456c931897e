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
        // No zero value to fall back on: insert an empty Vec on first sight.
        by_team.entry(team).or_default().push(player);
    }

    let mut teams: Vec<&str> = by_team.keys().copied().collect();
    teams.sort();
    for team in teams {
        println!("{team} [{}]", by_team[team].join(" "));
    }
}
