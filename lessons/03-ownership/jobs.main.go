package main

import (
	"fmt"
	"slices"
)

type Job struct{ Tags []string }

var queue []Job

// submit keeps the caller's slice: no copy is made.
func submit(tags []string) {
	queue = append(queue, Job{Tags: tags})
}

func main() {
	tags := []string{"urgent", "db"}
	submit(slices.Clone(tags)) // only this caller is fixed
	tags[0] = "low"            // ...then reuse them for the next job
	submit(tags)
	for i, j := range queue {
		fmt.Println("job", i, j.Tags)
	}
}
