# test: ptrace under int80 and carry: the tracer sees native numbers and native results (-errno, CF as it was); the program sees its own convention
. /lib/scenario.sh
cv_platform cvp CVP1 int80 carry 'ENOENT 44\nENOSYS 78\n'
ptrace-nr -x ./conv-int80-cvp 2>trace >out
expect_eq "$?" 0 "exit status through the tracer"
expect_eq "$(sed '/^getpid/s/rax=[0-9]*$/rax=PID/' out)" "$(printf 'open: cf=1 rax=44\ngetpid: cf=0 rax=PID\nother: cf=1 rax=78')" "what the program saw"
# After execve: open (2) fails with -ENOENT, getpid (39) succeeds with CF
# as the program set it; the syscall instruction is unmapped (-1, -ENOSYS).
grep -q '^orig_ax=2 ' trace || fail "no native open: $(cat trace)"
grep -A1 '^orig_ax=2 ' trace | grep -qx 'exit rax=-2 cf=0' || fail "open's exit stop: $(cat trace)"
grep -A1 '^orig_ax=39 ' trace | grep -q '^exit rax=[1-9][0-9]* cf=1$' || fail "getpid's exit stop: $(cat trace)"
grep -A1 '^orig_ax=-1 ' trace | grep -qx 'exit rax=-38 cf=0' || fail "the unmapped call's exit stop: $(cat trace)"
