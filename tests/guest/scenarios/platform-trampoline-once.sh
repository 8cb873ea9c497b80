# test: platform trampoline: a process that selects a platform's interface again and again by prctl has its trampoline mapped once
. /lib/scenario.sh
insmod /lib/modules/syscall_iface_freebsd.ko 2>/dev/null
lx_platform tp TPXX
echo freebsd >$CFG/tp/platform || fail "platform"
expect_eq "$(prctl-repeat tp 1)" 1 "one selection"
expect_eq "$(prctl-repeat tp 100)" 1 "a hundred selections"
