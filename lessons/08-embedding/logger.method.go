package main

import "fmt"

// Logger prints lines tagged with a prefix.
type Logger struct{ Prefix string }

func (l *Logger) Log(msg string) { fmt.Printf("[%s] %s\n", l.Prefix, msg) }

// Loggable is anything that can log a line.
type Loggable interface{ Log(msg string) }

type Service struct {
	logger *Logger
	Name   string
}

// Log forwards to the logger by hand.
func (s *Service) Log(msg string) { s.logger.Log(msg) }

func startup(l Loggable) { l.Log("starting") }

func main() {
	svc := &Service{logger: &Logger{Prefix: "billing"}, Name: "billing-api"}
	startup(svc)
	svc.Log("charged 42")
	fmt.Println(svc.Name, "logs as", svc.logger.Prefix)
}
