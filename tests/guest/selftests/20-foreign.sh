# test: the seccomp and ptrace selftests inside a foreign-interface process
# timeout: 1500
# The interface maps every native number to itself, so the programs run
# unchanged, but every call they and their children make is decoded
# through it.  Only on a kernel with the subsystem.
. /scenarios/common.sh
. /lib/scenario.sh
mkdir -p /tmp/st-work
: >"$OUT/summary"
[ -d /sys/kernel/config/syscall_iface ] || exit 0
ident_iface || exit 1
PREFIX="ifacectl run ident --"
run_suite seccomp
run_suite ptrace
PREFIX=
# Each program really ran foreign: the interface counted its calls.
calls=$(sed -n "s/^syscalls: //p" $CFG/ident/stats)
echo "ident calls: $calls"
[ "${calls:-0}" -gt 1000 ] || exit 1
cat "$OUT/summary"
