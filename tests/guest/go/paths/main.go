// Command paths prints what a FreeBSD Go program learns of paths from
// the kernel: its working directory (__getcwd), its own executable
// (sysctl kern.proc.pathname), and whether mkfifo made a FIFO.
package main

import (
	"fmt"
	"os"
	"syscall"
)

func main() {
	wd, err := os.Getwd()
	fmt.Println("getwd", wd, err)
	exe, err := os.Executable()
	fmt.Println("executable", exe, err)
	err = syscall.Mkfifo("fifo", 0600)
	fi, _ := os.Lstat("fifo")
	fmt.Println("mkfifo", err, fi != nil && fi.Mode()&os.ModeNamedPipe != 0)
}
