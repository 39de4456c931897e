package main

import "fmt"

type Playlist struct {
	Songs []string
	Plays int
}

func main() {
	list := &Playlist{Songs: []string{"intro", "theme"}}
	view := list // two pointers, and both may write

	for _, s := range view.Songs { // the range reads Songs once
		view.Plays++
		if s == "theme" {
			list.Songs = append(list.Songs, "theme (reprise)")
		}
	}
	fmt.Println(list.Songs, list.Plays)
}
