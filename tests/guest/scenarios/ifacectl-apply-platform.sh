# test: ifacectl apply moves an interface from one platform to another (the old platform's table goes first), and a refused later step puts back both platform and table
. /lib/scenario.sh
for m in freebsd netbsd; do
	grep -q "^syscall_iface_$m " /proc/modules ||
		insmod /lib/modules/syscall_iface_$m.ko || fail "insmod $m"
done
P=/usr/share/syscall-iface/platforms
cat >a.conf <<EOF2
interface mover {
	ret carry
	platform freebsd
	table $P/freebsd.table
	magic \x03
	offset 7
}
EOF2
ifacectl apply a.conf >/dev/null || fail "apply freebsd: $?"
# Another interface's signature clashes with the last step, the bind.
mkdir $CFG/other && printf '\\x02' >$CFG/other/magic && echo 7 >$CFG/other/offset &&
	echo elf >$CFG/other/binfmt || fail "other"
before=$(ifacectl export)
cat >b.conf <<EOF2
interface mover {
	ret carry
	platform netbsd
	table $P/netbsd.table
	magic \x02
	offset 7
	binfmt elf
}
EOF2
out=$(ifacectl apply b.conf 2>&1)
expect_eq "$?" 2 "apply refused at the bind"
echo "$out" | grep -q "this apply changed nothing" || fail "message: $out"
expect_eq "$(ifacectl export)" "$before" "platform and table put back"
rmdir $CFG/other
out=$(ifacectl apply b.conf 2>&1) || fail "apply netbsd: $out"
expect_eq "$(cat $CFG/mover/platform)" netbsd "platform"
grep -q "^5 netbsd_open$" $CFG/mover/table || fail "table: $(head -n 8 $CFG/mover/table)"
