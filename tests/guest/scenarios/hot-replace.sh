# test: tables replaced under load: 4 threads in a tight loop see the old or the new mapping, never anything else; counters exact
# timeout: 60
. /lib/scenario.sh
lx_platform lx LXID
cp /tmp/lx.table without
{ cat /tmp/lx.table; echo "2000 getpid"; } >with
u0=$(stat lx unmapped)
# The threads call until told to stop (or 50 s); 20 replacements happen
# while all of them are calling, however fast this kernel is.
ifacetest-lx hammer 4 $((50000 * SCALE)) >res &
pid=$!
wait_until grep -q running res
swaps=0
while [ $swaps -lt 20 ] && kill -0 $pid 2>/dev/null; do
	cat with >$CFG/lx/table
	cat without >$CFG/lx/table
	swaps=$((swaps + 2))
done
kill -USR1 $pid
wait $pid || fail "hammer failed"
set -- $(tail -n 1 res)
echo "swaps $swaps; $*"
expect_eq "$swaps" 20 "replacements while the threads called"
expect_eq "$6" 0 "calls that saw neither mapping"
[ "$2" -gt 0 ] && [ "$4" -gt 0 ] || fail "did not see both mappings: $*"
expect_eq "$(stat lx unmapped)" $((u0 + $4)) "unmapped counter = ENOSYS results"
[ -z "$(cat $CFG/lx/table_error)" ] || fail "table_error: $(cat $CFG/lx/table_error)"
