# test: unmapped policy: enosys (default), sigsys (SIGSYS with si_syscall = foreign number), kill
. /lib/scenario.sh
lx_platform lx LXID
expect_eq "$(cat $CFG/lx/unmapped)" enosys default
expect_eq "$(ifacetest-lx sigsys 4242)" "result -38 sigsys 0" enosys
echo sigsys >$CFG/lx/unmapped
expect_eq "$(ifacetest-lx sigsys 4242)" "result -38 sigsys 1 si_syscall 4242 si_code 2 si_arch c000003e addr set" sigsys
# The policy belongs to the interface: a new table keeps it.
cat /tmp/lx.table >$CFG/lx/table
expect_eq "$(cat $CFG/lx/unmapped)" sigsys "policy after a new table"
# Mapped calls are unaffected.
[ "$(ifacetest-lx call 1001)" -gt 1 ] || fail "mapped call under sigsys"
echo kill >$CFG/lx/unmapped
u0=$(stat lx unmapped)
ifacetest-lx call 4242 >out
expect_eq "$? $(cat out)" "159 " "killed by SIGSYS"
expect_eq "$(stat lx unmapped)" $((u0 + 1)) "counted"
dmesg | grep -q "ifacetest-lx\[[0-9]*\]: unmapped call 4242: killed" || fail "no log line"
refused EINVAL $CFG/lx/unmapped trap
refused EPERM $CFG/linux/unmapped kill
