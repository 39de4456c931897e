package main

import "fmt"

// An Expr is a number or an operation on two smaller Exprs.
type Expr interface {
	Eval() int
	String() string
}

type Num int

type Op struct {
	Sym  byte // '+' or '*'
	L, R Expr // interface values: the operands live on the heap
}

func (n Num) Eval() int      { return int(n) }
func (n Num) String() string { return fmt.Sprint(int(n)) }

func (o Op) Eval() int {
	if o.Sym == '+' {
		return o.L.Eval() + o.R.Eval()
	}
	return o.L.Eval() * o.R.Eval()
}

func (o Op) String() string {
	return fmt.Sprintf("(%v %c %v)", o.L, o.Sym, o.R)
}

func main() {
	exprs := []Expr{
		Op{'*', Op{'+', Num(2), Num(3)}, Num(4)},
		Op{'+', Num(1), Op{'*', Num(2), Num(3)}},
	}
	for _, e := range exprs {
		fmt.Println(e, "=", e.Eval())
	}
}
