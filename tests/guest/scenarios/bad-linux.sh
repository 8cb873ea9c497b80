# test: bad input: linux, the native interface, cannot be changed or removed
. /lib/scenario.sh
refused EPERM $CFG/linux/nr_reg rbx
refused EPERM $CFG/linux/magic JUHA
refused EPERM $CFG/linux/binfmt juha
printf '1 read\n' >$CFG/linux/table
expect_eq "$(cat $CFG/linux/table_error)" "-EINVAL: line 1: 1 is a native syscall of linux" "remap native"
printf '600 write\n' >$CFG/linux/table
expect_eq "$(cat $CFG/linux/table_error)" "-EINVAL: line 1: linux maps only extra numbers to services, not 'write'" "extra to native"
expect_eq "$(cfgw -d $CFG/linux)" EEXIST "mkdir linux"
rmdir $CFG/linux 2>/dev/null && fail "rmdir linux worked"
[ -d $CFG/linux ] || fail "linux is gone"
dmesg | grep -q "linux: nr_reg: linux is the native interface and cannot be changed (-EPERM)" || fail "no log line"
