# test: a 32-character interface name works end to end, in configfs, stats and the debug service
. /lib/scenario.sh
n=abcdefghijklmnopqrstuvwxyz012345
lx_platform $n LXID
expect_eq "$(ifacetest-lx name)" $n "debug service"
ifacetest-lx sleep $((1000 * SCALE)) >late &
wait_until tasks_are $n 1
rmdir $CFG/$n
grep -q "^$n  *(deleted)  *1 " $STATS || fail "stats: $(cat $STATS)"
wait
expect_eq "$(cat late)" $n "name while deleted"
grep -q "^$n " $STATS && fail "still listed"
exit 0
