# test: stats move by exactly the expected amounts, and the sysfs file agrees
. /lib/scenario.sh
paper_custom
e0=$(stat custom execs) c0=$(stat custom syscalls) u0=$(stat custom unmapped)
l0=$(stat linux execs)
hello-modified >/dev/null
hello-modified >/dev/null
expect_eq "$(stat custom execs)" $((e0 + 2)) execs
expect_eq "$(stat custom syscalls)" $((c0 + 6)) syscalls
expect_eq "$(stat custom unmapped)" $((u0 + 0)) unmapped
expect_eq "$(stat custom tasks)" 0 tasks
# An unmapped call: drop 314 from the table; the write becomes ENOSYS.
printf '500 iface_info\n70 exit\n' >$CFG/custom/table
hello-modified >out
[ ! -s out ] || fail "write still mapped"
expect_eq "$(stat custom unmapped)" $((u0 + 1)) "unmapped after removing 314"
expect_eq "$(stat custom syscalls)" $((c0 + 9)) "syscalls after a third run"
# Native execs counted on linux: hello-modified is not one of them.
l1=$(stat linux execs)
[ "$l1" -gt "$l0" ] || fail "linux execs did not move"
# The sysfs file has the same numbers for custom.
row=$(grep '^custom ' $STATS)
set -- $row
expect_eq "$2 $3 $4 $5 $6" "juha 0 $(stat custom execs) $(stat custom syscalls) $(stat custom unmapped)" "stats row"
grep -q '^linux  *-  *[0-9][0-9]*  *[0-9][0-9]*  *-  *-$' $STATS || fail "linux row: $(grep ^linux $STATS)"
grep -q '^total ' $STATS || fail "no total"
