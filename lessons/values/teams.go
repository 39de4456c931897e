package main

import (
	"fmt"
	"slices"
)

func main() {
	roster := [][2]string{
		{"red", "ana"}, {"blue", "bo"}, {"red", "cy"},
		{"green", "di"}, {"blue", "ed"},
	}
	byTeam := map[string][]string{}
	for _, r := range roster {
		team, player := r[0], r[1]
		// A missing key reads as a nil slice, and append accepts nil.
		byTeam[team] = append(byTeam[team], player)
	}

	teams := make([]string, 0, len(byTeam))
	for team := range byTeam {
		teams = append(teams, team)
	}
	slices.Sort(teams) // map order is random: sort before printing
	for _, team := range teams {
		fmt.Println(team, byTeam[team])
	}
}
