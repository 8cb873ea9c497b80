# test: rmdir of an interface in use unbinds it at once; its tasks keep it until they exit
. /lib/scenario.sh
lx_platform lx LXID
ifacetest-lx sleep $((1500 * SCALE)) >late &
wait_until tasks_are lx 1
rmdir $CFG/lx || fail "rmdir"
[ ! -d $CFG/lx ] || fail "still in configfs"
grep -q '^lx  *(deleted)  *1 ' $STATS || fail "stats: $(cat $STATS)"
expect_eq "$(ifacetest exec /bin/ifacetest-lx name)" "$(printf 'exec /bin/ifacetest-lx failed: Exec format error\nstill linux')" "new exec of the signed file"
wait
expect_eq "$(cat late)" lx "the running task kept its interface"
grep -q '^lx ' $STATS && fail "freed interface still listed"
dmesg | grep -q "lx: removed; 1 tasks keep it until they exec or exit" || fail "no log line"
# The name can be reused at once.
lx_platform lx LXID
expect_eq "$(ifacetest-lx name)" lx "recreated"
