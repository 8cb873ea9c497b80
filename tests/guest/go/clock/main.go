// clock: Go's clock reads.  On FreeBSD the runtime reads the clocks from
// the kernel's timekeeping page (AT_TIMEKEEP) and falls back to
// clock_gettime when the page is missing or disabled.
//
//	clock check N   N calls of time.Now(); each 1000th bracketed by
//	                gettimeofday(2) before and after.  Prints
//	                "calls N outside X backwards Y": X bracketed reads
//	                outside their brackets, Y reads that went back
//	clock bench     "clock_read NS": time.Now()'s cost in nanoseconds,
//	                the median of 7 runs of 100000 calls
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"syscall"
	"time"
)

func usec(tv syscall.Timeval) int64 {
	return tv.Sec*1000000 + int64(tv.Usec)
}

func check(n int) {
	var prev time.Time
	outside, backwards := 0, 0
	for i := 0; i < n; i++ {
		var before, after syscall.Timeval
		bracket := i%1000 == 0
		if bracket {
			syscall.Gettimeofday(&before)
		}
		t := time.Now()
		if bracket {
			syscall.Gettimeofday(&after)
			us := t.UnixNano() / 1000
			if us < usec(before) || us > usec(after) {
				outside++
			}
		}
		if i > 0 && t.Sub(prev) < 0 {
			backwards++
		}
		prev = t
	}
	fmt.Printf("calls %d outside %d backwards %d\n", n, outside, backwards)
}

func bench() {
	const calls = 100000
	var runs []float64
	for r := 0; r < 8; r++ {
		t0 := time.Now()
		for i := 0; i < calls; i++ {
			_ = time.Now()
		}
		if r > 0 { // the first run warms up
			runs = append(runs, float64(time.Since(t0).Nanoseconds())/calls)
		}
	}
	sort.Float64s(runs)
	fmt.Printf("clock_read %.1f\n", runs[len(runs)/2])
}

func main() {
	if len(os.Args) == 3 && os.Args[1] == "check" {
		n, err := strconv.Atoi(os.Args[2])
		if err == nil {
			check(n)
			return
		}
	}
	if len(os.Args) == 2 && os.Args[1] == "bench" {
		bench()
		return
	}
	fmt.Fprintln(os.Stderr, "usage: clock check N | clock bench")
	os.Exit(2)
}
