# test: service slots: a mistyped service name holds a slot only while a table names it
. /lib/scenario.sh
lx_platform lx LXID
S=/sys/kernel/syscall_iface/services
{ cat /tmp/lx.table; echo "2001 service:getpid_plus_onw"; } >$CFG/lx/table
grep -q "^[0-9]* getpid_plus_onw absent$" $S || fail "slot not listed: $(cat $S)"
cat /tmp/lx.table >$CFG/lx/table
grep -q getpid_plus_onw $S && fail "slot kept: $(cat $S)"
# The same for an interface that goes away.
mkdir $CFG/gone
echo "1 service:gone_typo" >$CFG/gone/table
grep -q "gone_typo absent" $S || fail "gone_typo not listed"
rmdir $CFG/gone
settle sh -c "! grep -q gone_typo $S" || fail "slot of a removed interface kept: $(cat $S)"
# Sixty-four reservations in turn fit, since each frees the one before.
i=0
while [ $i -lt 70 ]; do
	echo "1 service:typo_$i" >$CFG/lx/table
	[ -z "$(cat $CFG/lx/table_error)" ] || fail "reservation $i: $(cat $CFG/lx/table_error)"
	i=$((i + 1))
done
expect_eq "$(grep -c typo_ $S)" 1 "slots held after 70 tables"
