# test: a platform owns its services: a table that names another platform's service or one its platform lacks is refused (EINVAL, with the line), and so is a platform the table does not suit
. /lib/scenario.sh
freebsd_iface pf
grep -q "^syscall_iface_netbsd " /proc/modules ||
	insmod /lib/modules/syscall_iface_netbsd.ko || fail "insmod netbsd"
before=$(cat $CFG/pf/table)
printf '1 exit_group\n5 service:netbsd_open\n' >$CFG/pf/table
expect_eq "$(cat $CFG/pf/table_error)" "-EINVAL: line 2: service 'netbsd_open' is platform netbsd's, not freebsd" "netbsd's service in freebsd's table"
printf '6 service:freebsd_nosuch\n' >$CFG/pf/table
expect_eq "$(cat $CFG/pf/table_error)" "-EINVAL: line 1: platform freebsd provides no service 'freebsd_nosuch'" "a service freebsd lacks"
[ "$(cat $CFG/pf/table)" = "$before" ] || fail "table changed by a refused write"
grep -q freebsd_nosuch /sys/kernel/syscall_iface/services && fail "refused name holds a slot"
# The platform may not change under a table that names freebsd's services.
refused EINVAL $CFG/pf/platform netbsd
dmesg | grep -q "pf: platform: the table maps 2 to service 'freebsd_fork' is platform freebsd's, not netbsd" ||
	fail "no reason logged: $(dmesg | grep 'pf: platform' | tail -n 1)"
refused EINVAL $CFG/pf/platform ''
# Neither linux nor an interface without a platform names them.
printf '548 service:freebsd_open\n' >$CFG/linux/table
expect_eq "$(cat $CFG/linux/table_error)" "-EINVAL: line 1: service 'freebsd_open' is platform freebsd's, and the interface names no platform" "linux naming freebsd_open"
mkdir $CFG/np || fail "mkdir np"
printf '1 service:not_yet_loaded\n2 iface_info\n' >$CFG/np/table
expect_eq "$(cat $CFG/np/table_error)" "" "a service of no module yet, without a platform"
# Once the table names only services of no platform, the platform changes.
printf '1 iface_info\n' >$CFG/pf/table
echo netbsd >$CFG/pf/platform || fail "platform netbsd after the table"
expect_eq "$(cat $CFG/pf/platform)" netbsd "platform"
