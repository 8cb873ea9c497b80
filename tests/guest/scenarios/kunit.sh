# test: the in-kernel KUnit suite for the table parser passed at boot
grep -q '# syscall_iface_table: pass:[1-9][0-9]* fail:0 skip:0 total:' /tmp/boot.dmesg ||
	{ grep -i 'syscall_iface_table\|not ok\|expected' /tmp/boot.dmesg; exit 1; }
grep -q '^\[[ 0-9.]*\] ok [0-9]* syscall_iface_table$' /tmp/boot.dmesg
