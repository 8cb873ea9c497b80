# test: platform attribute: names a registered platform or none, refuses others (ENOENT, EINVAL, EPERM for linux), pins the module while named or in use, shows in /proc/PID/status
# timeout: 60
. /lib/scenario.sh
freebsd_iface pf
expect_eq "$(cat $CFG/pf/platform)" freebsd "platform"
refused ENOENT $CFG/pf/platform nosuch
dmesg | grep -q "pf: platform: no platform 'nosuch'" || fail "no log line for nosuch"
refused EINVAL $CFG/pf/platform 'free bsd'
refused EPERM $CFG/linux/platform freebsd
# Named by an interface: the module stays.
rmmod syscall_iface_freebsd 2>/dev/null && fail "unloaded while an interface names it"
# Without the platform a FreeBSD program gets Linux's start-up (rdi = 0)
# and dies at its first instruction that reads argc.  The platform goes
# once the table names none of its services (platform-services.sh).
grep -v service: $FBSD_FILES/freebsd.table >$CFG/pf/table
echo >$CFG/pf/platform || fail "platform cleared"
expect_eq "$(cat $CFG/pf/platform)" "" "platform cleared"
fbsd-start >/dev/null 2>&1
expect_eq "$?" 139 "without the platform: SIGSEGV"
# A task keeps the platform it started with, and holds the module.
echo freebsd >$CFG/pf/platform
fbsd-start sleep $((2 * SCALE)) >/tmp/pf.out &
pid=$!
status_line() { grep "^SyscallPlatform:" /proc/$pid/status; }
wait_until status_line
expect_eq "$(status_line)" "SyscallPlatform:	freebsd" "/proc/PID/status"
echo >$CFG/pf/platform
rmmod syscall_iface_freebsd 2>/dev/null && fail "unloaded while a task runs under it"
wait $pid
expect_eq "$? $(head -n 1 /tmp/pf.out)" "43 argc 3" "the running program finished under its platform"
rmmod syscall_iface_freebsd || fail "rmmod once nothing uses it"
# Naming it again loads nothing here (no modprobe): ENOENT until insmod.
refused ENOENT $CFG/pf/platform freebsd
insmod /lib/modules/syscall_iface_freebsd.ko || fail "insmod again"
echo freebsd >$CFG/pf/platform || fail "named again"
expect_eq "$(grep SyscallPlatform /proc/self/status)" "" "native tasks have no platform line"
# ifacectl: a platform no module provides is refused, and set changes nothing.
ifacectl set pf --ret linux --platform nosuch 2>err
expect_eq "$?" 2 "ifacectl set --platform nosuch"
grep -q "no such platform" err || fail "ifacectl's message: $(cat err)"
expect_eq "$(cat $CFG/pf/platform) $(cat $CFG/pf/ret)" "freebsd carry" "after the refused set"
