# test: module services: absent until loaded (-ENOSYS), reachable while loaded, safe to unload mid-call, reload around a running program
# timeout: 60
. /lib/scenario.sh
lx_platform lx LXID
{ cat /tmp/lx.table; echo "2001 service:getpid_plus_one"; } >$CFG/lx/table
[ -z "$(cat $CFG/lx/table_error)" ] || fail "table: $(cat $CFG/lx/table_error)"
expect_eq "$(grep '^2001 ' $CFG/lx/table)" "2001 service:getpid_plus_one # absent" "absent in the table"
expect_eq "$(ifacetest-lx call 2001)" -38 "absent: ENOSYS"
grep -q "^[0-9]* getpid_plus_one absent$" /sys/kernel/syscall_iface/services || fail "services: $(cat /sys/kernel/syscall_iface/services)"
# A bare name that nothing provides is still an unknown syscall.
printf '1 getpid_plus_none\n' >$CFG/lx/table
expect_eq "$(cat $CFG/lx/table_error)" "-EINVAL: line 1: unknown syscall 'getpid_plus_none'" "bare unknown name"
# Load, unload and load again while a program keeps calling: each step
# waits until the program has seen the change, not for a time.
ifacetest-lx watch 2001 $((60000 * SCALE)) >seen &
pid=$!
# seen_n N: the program has reported N results.
seen_n() { [ "$(wc -l <seen)" -ge "$1" ]; }
wait_until seen_n 1
insmod /lib/modules/svc_sample.ko || fail insmod
expect_eq "$(grep '^2001 ' $CFG/lx/table)" "2001 getpid_plus_one" "present in the table"
grep -q "^[0-9]* getpid_plus_one svc_sample$" /sys/kernel/syscall_iface/services || fail "services while loaded"
wait_until seen_n 2
# A call of the program's in flight holds the module for a moment: rmmod
# (non-blocking) is EAGAIN then, and succeeds between two calls.
unload() { rmmod svc_sample 2>/dev/null; }
settle unload || fail rmmod
wait_until seen_n 3
insmod /lib/modules/svc_sample.ko || fail "insmod again"
wait_until seen_n 4
kill -USR1 $pid
wait $pid
expect_eq "$(cat seen | tr '\n' ' ')" "enosys plus1 enosys plus1 " "what the running program saw"
# Unloading while a call is in flight: refused until the call is done.
# The call holds a reference on the module while it sleeps (1.5 s).
ifacetest-lx call 2001 $((1500 * SCALE)) >slow &
in_call() { [ "$(cat /sys/module/svc_sample/refcnt)" = 1 ]; }
wait_until in_call
rmmod svc_sample 2>/dev/null && fail "unloaded with a call in flight"
wait
p=$(cat slow)
[ "$p" -gt 1 ] || fail "in-flight call gave $p"
rmmod svc_sample || fail "rmmod after the call"
expect_eq "$(ifacetest-lx call 2001)" -38 "unloaded again"
# Natively, the service is only a number: nothing reaches it.
expect_eq "$(ifacetest call 4097)" -38 "native call of a service number"
