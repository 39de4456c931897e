// The program shown with the quiz first-steps-quiz.
package main

import "fmt"

func main() {
	fmt.Println(len("héllo"))
}
