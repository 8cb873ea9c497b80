// threads: goroutines spread over several OS threads (thr_new, TLS through
// sysarch, _umtx_op), and a goroutine that never yields preempted by
// SIGURG, which the runtime sends with thr_kill and handles in FreeBSD's
// signal frame.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"syscall"
	"unsafe"
)

// thrSelf is FreeBSD's thr_self(2): the calling thread's id.
func thrSelf() int64 {
	var id int64
	syscall.RawSyscall(syscall.SYS_THR_SELF, uintptr(unsafe.Pointer(&id)), 0, 0)
	return id
}

func main() {
	// Four goroutines, each locked to an OS thread of its own.
	var mu sync.Mutex
	ids := map[int64]bool{}
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			runtime.LockOSThread()
			<-start
			mu.Lock()
			ids[thrSelf()] = true
			mu.Unlock()
			<-start
		}()
	}
	close(start)
	wg.Wait()
	fmt.Printf("threads %d\n", len(ids))

	// With one P, main runs again only if the spinning goroutine is
	// preempted asynchronously: by a signal.
	runtime.GOMAXPROCS(1)
	spinning := make(chan struct{})
	go func() {
		close(spinning)
		for {
		}
	}()
	<-spinning
	runtime.Gosched()
	fmt.Println("preempted")

	// Channels and a mutex under contention, across threads.
	runtime.GOMAXPROCS(4)
	total := 0
	var wg2 sync.WaitGroup
	c := make(chan int)
	for i := 0; i < 8; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			for j := 0; j < 1000; j++ {
				c <- n
			}
		}(i)
	}
	go func() { wg2.Wait(); close(c) }()
	for n := range c {
		total += n
	}
	fmt.Printf("sum %d\n", total)
}
