// exec: os/exec from a FreeBSD program (fork, execve, wait4, pipes).
// Each line is one child and what the parent saw of it:
//
//	freebsd OUT CODE   a FreeBSD program, its first line and exit status
//	native OUT         a native (Linux) program's output
//	pipe OUT           stdin and stdout both pipes, through native cat
//	signal SIG         a child killed by SIGUSR1 (30 on FreeBSD, 10 on Linux)
//	missing ERR        a program that does not exist
package main

import (
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"syscall"
)

func exitCode(err error) int {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	if err != nil {
		return -1
	}
	return 0
}

func main() {
	out, err := exec.Command("/bin/fbsd-start", "x").Output()
	first, _, _ := strings.Cut(string(out), "\n")
	fmt.Println("freebsd", first, exitCode(err))

	out, err = exec.Command("/bin/busybox", "echo", "native").Output()
	fmt.Println("native", strings.TrimSpace(string(out)), exitCode(err))

	cmd := exec.Command("/bin/busybox", "cat")
	cmd.Stdin = strings.NewReader("through a pipe")
	out, err = cmd.Output()
	fmt.Println("pipe", string(out), exitCode(err))

	cmd = exec.Command("/bin/busybox", "sleep", "10")
	if err := cmd.Start(); err != nil {
		fmt.Println("signal start:", err)
	} else {
		cmd.Process.Signal(syscall.SIGUSR1)
		cmd.Wait()
		ws := cmd.ProcessState.Sys().(syscall.WaitStatus)
		fmt.Println("signal", ws.Signaled(), int(ws.Signal()))
	}

	_, err = exec.Command("/bin/no-such-program").Output()
	fmt.Println("missing", err)
}
