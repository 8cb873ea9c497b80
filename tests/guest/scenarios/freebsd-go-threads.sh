# test: FreeBSD Go program: goroutines on several OS threads (thr_new, TLS, umtx), and a spinning goroutine preempted by SIGURG in FreeBSD's signal frame
# timeout: 120
. /lib/scenario.sh
freebsd_iface fbsd
out=$(go-threads)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "threads 4
preempted
sum 28000" "output"
# Its threads are gone, and with them their hold on the platform's module:
# only the interface naming it holds it now.
expect_eq "$(cat /sys/module/syscall_iface_freebsd/refcnt)" 1 "module references after the threads exited"
