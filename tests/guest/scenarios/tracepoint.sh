# test: the syscall_iface_dispatch tracepoint records interface, foreign number, native number and result
. /lib/scenario.sh
paper_custom
T=/sys/kernel/tracing
mount -t tracefs nodev $T 2>/dev/null
[ -d $T/events/syscall_iface/syscall_iface_dispatch ] || fail "no tracepoint"
echo >$T/trace
echo 1 >$T/events/syscall_iface/syscall_iface_dispatch/enable
hello-modified >/dev/null
printf '500 iface_info\n70 exit\n' >$CFG/custom/table	# 314 unmapped now
hello-modified >/dev/null
echo 0 >$T/events/syscall_iface/syscall_iface_dispatch/enable
sed -n 's/.*syscall_iface_dispatch: //p' $T/trace >events
expect_eq "$(cat events)" "$(printf 'iface=custom foreign=500 native=4096 ret=6\niface=custom foreign=314 native=1 ret=15\niface=custom foreign=500 native=4096 ret=6\niface=custom foreign=314 native=-1 ret=-38')" events
# Native programs leave no events.
grep -q 'hello-[0-9]' $T/trace && fail "native hello traced"
exit 0
