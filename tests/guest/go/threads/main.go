// threads: goroutines spread over several OS threads (FreeBSD's thr_new,
// TLS through sysarch, _umtx_op; NetBSD's _lwp_create, _lwp_park), and a
// goroutine that never yields preempted by SIGURG, which the runtime
// sends to a thread and handles in the platform's signal frame.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"syscall"
	"unsafe"
)

// threadID is the calling OS thread's id: FreeBSD's thr_self(2) (432), or
// NetBSD's _lwp_self(2) (311).
func threadID() int64 {
	if runtime.GOOS == "netbsd" {
		id, _, _ := syscall.RawSyscall(311, 0, 0, 0)
		return int64(id)
	}
	var id int64
	syscall.RawSyscall(432, uintptr(unsafe.Pointer(&id)), 0, 0)
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
			ids[threadID()] = true
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
