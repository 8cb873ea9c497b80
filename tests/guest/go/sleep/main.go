// sleep: time.Sleep, a timer and a ticker, measured on the monotonic
// clock (FreeBSD's clock_gettime, CLOCK_MONOTONIC is 4 there).
package main

import (
	"fmt"
	"time"
)

func main() {
	t0 := time.Now()
	time.Sleep(200 * time.Millisecond)
	d := time.Since(t0)
	fmt.Printf("sleep ok %v\n", d >= 200*time.Millisecond)

	t1 := time.Now()
	<-time.After(100 * time.Millisecond)
	fmt.Printf("timer ok %v\n", time.Since(t1) >= 100*time.Millisecond)

	tk := time.NewTicker(20 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 5 {
			break
		}
	}
	tk.Stop()
	fmt.Printf("ticks %d\n", n)
	fmt.Printf("year ok %v\n", time.Now().Year() >= 2024)
}
