# test: freebsd platform: a seccomp filter that kills the process or the calling thread on a native call a service makes does so, and a thread killed inside a service lets go of the service's module
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
: >victim
# Linux's unlinkat is 263; SIGSYS is 31.
deny -k 263 fbsd-seccomp >out
expect_eq "$?" $((128 + 31)) "killed by SIGSYS"
expect_eq "$(cat out)" "" "nothing after the killed call"
[ -e victim ] || fail "the killed call ran"

refcnt=/sys/module/syscall_iface_freebsd/refcnt
before=$(cat $refcnt)
# The main thread dies in unlinkat's service; a sleeping thread stays.
deny -t 263 fbsd-seccomp threaded >out &
pid=$!
dead() { grep -q '^State:.*Z' /proc/$pid/task/$pid/status; }
wait_until dead
kill -9 $pid
wait $pid
[ -e victim ] || fail "the killed call ran"
settle [ "$(cat $refcnt)" = "$before" ] ||
	fail "the module's references: $before before, $(cat $refcnt) after"
