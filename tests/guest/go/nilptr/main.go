// nilptr: a nil-pointer dereference, which the kernel reports as SIGSEGV
// in FreeBSD's frame and the Go runtime turns into a panic with a
// traceback (exit status 2).
package main

import "fmt"

type node struct{ next *node }

//go:noinline
func deref(n *node) *node { return n.next }

func main() {
	fmt.Println("before")
	var n *node
	fmt.Println(deref(n))
}
