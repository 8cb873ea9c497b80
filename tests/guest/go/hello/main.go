// hello: a FreeBSD/amd64 Go program (GOOS=freebsd), run unmodified under
// the freebsd platform.  It prints its arguments and one environment
// variable, then exits with the status its first argument names.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
)

func main() {
	fmt.Printf("hello from %s/%s\n", runtime.GOOS, runtime.GOARCH)
	for i, a := range os.Args {
		fmt.Printf("arg %d %s\n", i, a)
	}
	fmt.Printf("HELLO_ENV=%s\n", os.Getenv("HELLO_ENV"))
	if len(os.Args) > 1 {
		n, err := strconv.Atoi(os.Args[1])
		if err == nil {
			os.Exit(n)
		}
	}
}
