# test: NetBSD Go program: goroutines on several LWPs (_lwp_create from a ucontext, TLS, _lwp_park and _lwp_unpark), and a spinning goroutine preempted by SIGURG in NetBSD's siginfo frame, returning by setcontext
# timeout: 120
. /lib/scenario.sh
netbsd_iface nbsd
out=$(nbsd-go-threads)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "threads 4
preempted
sum 28000" "output"
# Its threads are gone, and with them their hold on the platform's module:
# only the interface naming it holds it now.
expect_eq "$(cat /sys/module/syscall_iface_netbsd/refcnt)" 1 "module references after the threads exited"
