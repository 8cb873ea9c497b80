# test: the guest's init applied /etc/syscall-iface.d at boot, as syscall-iface.service does: the paper's platform is there and runs its program
. /lib/scenario.sh
grep -q 'syscall-iface.d: custom: created, with nr_reg, table, magic, binfmt' /tmp/boot.dmesg ||
	fail "boot log: $(grep syscall-iface.d /tmp/boot.dmesg)"
expect_eq "$(cat $CFG/custom/nr_reg) $(cat $CFG/custom/binfmt)" "rbx juha" "the interface"
hello-modified >out
expect_eq "$?" 1 "the paper's program, exit status"
printf 'Hello, world!\r\n' | cmp - out || fail "output: $(od -c out)"
expect_eq "$(ifacectl apply /etc/syscall-iface.d)" "$(printf 'custom: unchanged\nnothing to change')" "applied again"
