package main

import (
	"fmt"
	"slices"
)

type Job struct{ Tags []string }

var queue []Job

// submit keeps its own copy, so the caller may reuse tags.
func submit(tags []string) {
	queue = append(queue, Job{Tags: slices.Clone(tags)})
}

func main() {
	tags := []string{"urgent", "db"}
	submit(tags)    // hand the tags to the queue...
	tags[0] = "low" // ...then reuse them for the next job
	submit(tags)
	for i, j := range queue {
		fmt.Println("job", i, j.Tags)
	}
}
