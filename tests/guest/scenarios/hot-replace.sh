# test: tables replaced under load: 4 threads in a tight loop see the old or the new mapping, never anything else; counters exact
# timeout: 60
. /lib/scenario.sh
lx_platform lx LXID
cp /tmp/lx.table without
{ cat /tmp/lx.table; echo "2000 getpid"; } >with
u0=$(stat lx unmapped)
ifacetest-lx hammer 4 4000 >res &
pid=$!
swaps=0
while kill -0 $pid 2>/dev/null; do
	cat with >$CFG/lx/table
	cat without >$CFG/lx/table
	swaps=$((swaps + 2))
done
wait $pid || fail "hammer failed"
set -- $(cat res)
echo "swaps $swaps; $*"
expect_eq "$6" 0 "calls that saw neither mapping"
[ "$2" -gt 0 ] && [ "$4" -gt 0 ] || fail "did not see both mappings: $*"
[ "$swaps" -ge 10 ] || fail "only $swaps replacements"
expect_eq "$(stat lx unmapped)" $((u0 + $4)) "unmapped counter = ENOSYS results"
[ -z "$(cat $CFG/lx/table_error)" ] || fail "table_error: $(cat $CFG/lx/table_error)"
