# test: NetBSD Go program: a nil-pointer dereference becomes a Go panic with a traceback (SIGSEGV in NetBSD's siginfo frame, code and address)
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
nbsd-go-nilptr >out 2>err
expect_eq "$?" 2 "exit status"
expect_eq "$(cat out)" before "stdout"
grep -q '^panic: runtime error: invalid memory address or nil pointer dereference$' err || fail "no panic: $(cat err)"
grep -q '^\[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x[0-9a-f]*\]$' err || fail "no signal line: $(cat err)"
grep -q '^main.deref(' err || fail "no traceback: $(cat err)"
