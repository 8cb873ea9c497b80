# test: seccomp sees a module service as its number from /sys/kernel/syscall_iface/services, and can deny it
. /lib/scenario.sh
lx_platform lx LXID
insmod /lib/modules/svc_sample.ko || fail insmod
{ cat /tmp/lx.table; echo "2001 getpid_plus_one"; } >$CFG/lx/table
nr=$(sed -n 's/^\([0-9]*\) getpid_plus_one .*/\1/p' /sys/kernel/syscall_iface/services)
expect_eq "$nr" 4097 "service number"
expect_eq "$(ifacetest-lx deny $nr 2001)" -1 "filter on $nr: EPERM"
p=$(ifacetest-lx deny 4096 2001)
[ "$p" -gt 1 ] || fail "a filter on another service blocked this one: $p"
rmmod svc_sample
