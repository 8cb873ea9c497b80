# test: the FreeBSD platform's own fuzzer as uid 1000: every number of the freebsd table and unmapped ones, with random, boundary and bad arguments and a buffer another thread rewrites, 1000 x FUZZ calls in all; no kernel report
# timeout: 900
. /lib/scenario.sh
. /lib/fuzz.sh
freebsd_iface fbsd
mkdir -p /tmp/fz/freebsd && cd /tmp/fz/freebsd || fail "mkdir"
sed -n 's/^\([0-9][0-9]*\) .*/\1/p' $CFG/fbsd/table >numbers
chown -R 1000:1000 /tmp/fz/freebsd
c0=$(stat fbsd syscalls)
# The fuzzer's own line goes to a file: its children write at random.
ifacetest asuser 1000 /bin/fbsd-fuzz "$CALLS" numbers result >/dev/null 2>&1
rc=$?
counted=$(($(stat fbsd syscalls) - c0))
out=$(cat result 2>/dev/null)
echo "$out; fbsd counted $counted calls"
expect_eq "$rc" 0 "fbsd-fuzz's exit status"
made=$(echo "$out" | sed -n 's/^calls \([0-9]*\) .*/\1/p')
restarts=$(echo "$out" | sed -n 's/.* restarts \([0-9]*\) .*/\1/p')
[ "${made:-0}" -ge "$CALLS" ] || fail "fbsd-fuzz made ${made:-0} calls of $CALLS"
# Every call is counted but those with the restart number.
[ "$counted" -ge $((made - restarts)) ] ||
	fail "fbsd counted $counted of $((made - restarts)) calls"
