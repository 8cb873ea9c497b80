# test: paper IV: hello-modified (JUHA) prints exactly Hello, world!\r\n, exits 1, runs custom
. /lib/scenario.sh
paper_custom
hello-modified >out
rc=$?
expect_eq "$rc" 1 "exit status"
printf 'Hello, world!\r\n' | cmp - out || fail "output: $(od -c out)"
dmesg | grep -q "iface_info: hello-modified\[[0-9]*\] runs interface custom" ||
	fail "debug service did not report custom"
# The debug call had rdi = rsi = 0: no fault, nothing copied.
! dmesg | grep -qi "segfault\|general protection\|page fault" || fail "fault"
