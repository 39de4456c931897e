package main

import (
	"context"
	"fmt"
)

func main() {
	server, stopServer := context.WithCancel(context.Background())
	req1, cancel1 := context.WithCancel(server) // children of server
	req2, cancel2 := context.WithCancel(server)
	defer cancel2()

	cancel1() // cancels req1 and whatever derives from it
	fmt.Println("req1:  ", req1.Err())
	fmt.Println("req2:  ", req2.Err())
	fmt.Println("server:", server.Err())

	stopServer() // cancels server and, through it, every child
	fmt.Println("req2:  ", req2.Err())
}
