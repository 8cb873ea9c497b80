# test: the guest's init applied /etc/syscall-iface.d at boot, as syscall-iface.service does; the interfaces' export is left in $OUT/export.conf
. /lib/scenario.sh
ifacectl export >$OUT/export.conf || fail export
if [ -f /etc/syscall-iface.d/export.conf ]; then
	# A second boot, from the first boot's export: the same again.
	cmp /etc/syscall-iface.d/export.conf $OUT/export.conf ||
		fail "exports differ: $(diff /etc/syscall-iface.d/export.conf $OUT/export.conf)"
	exit 0
fi
grep -q 'syscall-iface.d: custom: created, with nr_reg, table, magic, binfmt' /tmp/boot.dmesg ||
	fail "boot log: $(grep syscall-iface.d /tmp/boot.dmesg)"
expect_eq "$(cat $CFG/custom/nr_reg) $(cat $CFG/custom/binfmt)" "rbx juha" "the interface"
hello-modified >out
expect_eq "$?" 1 "the paper's program, exit status"
printf 'Hello, world!\r\n' | cmp - out || fail "output: $(od -c out)"
expect_eq "$(ifacectl apply /etc/syscall-iface.d)" "$(printf 'custom: unchanged\nnothing to change')" "applied again"
