// signal: os/signal.Notify for SIGUSR1 (30 on FreeBSD), then the program
// sends itself the signal with kill(2); the runtime's handler runs in
// FreeBSD's signal frame and passes it on.
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGUSR1)
	if err := syscall.Kill(os.Getpid(), syscall.SIGUSR1); err != nil {
		fmt.Println("kill:", err)
		os.Exit(1)
	}
	select {
	case s := <-c:
		fmt.Printf("got %v (%d)\n", s, s.(syscall.Signal))
	case <-time.After(10 * time.Second):
		fmt.Println("no signal")
		os.Exit(1)
	}
}
