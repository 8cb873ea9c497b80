# test: the in-kernel KUnit suites (table parser, signature matcher, translation, the BSD platforms' maps) all passed at boot
# KUnit prints TAP to the kernel log: one "ok N SUITE" per suite, with
# "# SUITE: pass:P fail:0 skip:0 total:T" above it.
log=/tmp/boot.dmesg
grep -E '(not )?ok [0-9]+ |# Subtest|# syscall_iface|# Totals' $log
for s in syscall_iface_table syscall_iface_core syscall_iface_bsd; do
	grep -q "# $s: pass:[1-9][0-9]* fail:0 skip:0 total:" $log || exit 1
	grep -q "^\[[ 0-9.]*\] ok [0-9]* $s\$" $log || exit 1
done
# Nothing at all failed, and every test case of ours reported ok.
! grep -q '\] *not ok ' $log || exit 1
[ "$(grep -c '\]     ok [0-9]* \(table_\|match_\|decode_\|convert_\|service_\|bsd_\)' $log)" -ge 25 ]
