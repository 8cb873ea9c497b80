# test: platform trampoline: a prctl maps it; the mapping outlives the task's hold on the platform and the module's unloading, and still reads back
# timeout: 60
. /lib/scenario.sh
insmod /lib/modules/syscall_iface_freebsd.ko || fail insmod
# Every native number as itself, so that glibc runs under it.
lx_platform tp TPXX
echo freebsd >$CFG/tp/platform || fail "platform"
mkfifo go
trampoline-keep tp <go >out &
pid=$!
exec 3>go
ready() { grep -q '^ready$' out; }
wait_until ready
rmdir $CFG/tp || fail rmdir
unloaded() { rmmod syscall_iface_freebsd 2>/dev/null; }
wait_until unloaded
echo go >&3
exec 3>&-
wait $pid
expect_eq "$? $(sed -n 2p out)" "0 [trampoline]" "the mapping after the module went"
