# test: netbsd platform: _lwp_ctl gives every LWP of a process one read-only struct lwpctl that says it is not running (LWPCTL_CPU_NONE), refuses an unknown feature (ENODEV) and a bad address (EFAULT)
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
out=$(nbsd-lwpctl)
expect_eq "$?" 139 "exit status: SIGSEGV, for writing the lwpctl"
expect_eq "$out" "ctl 0 0
curcpu -1 pctr 0
ctl-both 0 0
same 1
unknown 1 19
bad-address 1 14" "each call's result"
