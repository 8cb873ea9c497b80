# test: FreeBSD Go program: strace shows its calls by native name, seccomp on native write stops its write, the tracepoint reports FreeBSD's numbers
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
strace -f -o $OUT/trace go-hello 3 >out
expect_eq "$?" 3 "exit status under strace"
cd $OUT
# (Another thread's call may split the line: "<unfinished ...>".)
grep -qF 'write(1, "hello from freebsd/amd64\n", 25' trace || fail "no native write: $(grep write trace | head -3)"
grep -qF 'exit_group(3' trace || fail "no native exit_group: $(tail -5 trace)"
# seccomp sees the native write: the program prints nothing, and runs on.
out=$(deny-write go-hello 5)
expect_eq "$? [$out]" "5 []" "write denied by seccomp"
# The tracepoint: FreeBSD's write is 4, Linux's 1.
T=/sys/kernel/tracing
mount -t tracefs nodev $T 2>/dev/null
echo 1 >$T/events/syscall_iface/syscall_iface_dispatch/enable
go-hello >/dev/null
echo 0 >$T/events/syscall_iface/syscall_iface_dispatch/enable
grep -q 'iface=fbsd foreign=4 native=1 ret=25$' $T/trace || fail "no tracepoint event for write"
