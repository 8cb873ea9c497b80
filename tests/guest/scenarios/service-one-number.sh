# test: a service has one number for every task: a native seccomp filter on iface_info's listed number stops linux's extra 548, and linux refuses extras in the service range
. /lib/scenario.sh
echo '548 iface_info' >$CFG/linux/table
nr=$(sed -n 's/^\([0-9]*\) iface_info .*/\1/p' /sys/kernel/syscall_iface/services)
expect_eq "$nr" 4096 "iface_info's number"
# iface_info returns the length of the caller's interface name, "linux".
expect_eq "$(ifacetest call 548)" 5 "native 548"
expect_eq "$(ifacetest call $nr)" 5 "native $nr, which linux names"
expect_eq "$(ifacetest deny $nr 548)" -1 "a filter on $nr stops 548"
expect_eq "$(ifacetest deny 548 548)" 5 "a filter on 548 sees $nr"
# strace sees the service's number too.
strace -f -e trace=none -e raw=all -o st.log ifacetest call 548 >/dev/null
grep -q "syscall_0x1000(" st.log || fail "strace: $(cat st.log)"
grep -q "syscall_0x224(" st.log && fail "strace saw 548: $(cat st.log)"
# A service linux does not name stays out of reach.
expect_eq "$(ifacetest call 4097)" -38 "native 4097"
# No extra may take a service's number.
printf '4096 iface_info\n' >$CFG/linux/table
expect_eq "$(cat $CFG/linux/table_error)" "-ERANGE: line 1: 4096 is in the range of service numbers (4096-65534)" "extra at 4096"
printf '548 iface_info\n65534 iface_info\n' >$CFG/linux/table
expect_eq "$(cat $CFG/linux/table_error)" "-ERANGE: line 2: 65534 is in the range of service numbers (4096-65534)" "extra at 65534"
expect_eq "$(cat $CFG/linux/table)" "548 iface_info" "linux's table after the refusals"
echo >$CFG/linux/table
expect_eq "$(ifacetest call 548)" -38 "548 once linux maps nothing"
expect_eq "$(ifacetest call $nr)" -38 "$nr once linux maps nothing"
