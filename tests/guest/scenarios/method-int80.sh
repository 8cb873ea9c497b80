# test: method int80: int 0x80 calls decode through the interface's table and register; the syscall instruction gets the unmapped policy (enosys, kill)
. /lib/scenario.sh
cv_platform cvi CVI1 int80 linux 'ENOENT 44\nENOSYS 78\n'
cv_platform cvk CVK1 int80 carry
# linux convention, mapped errnos: the syscall instruction is unmapped,
# so it fails with ENOSYS, mapped to 78.
u0=$(stat cvi unmapped)
expect_eq "$(cv_run ./conv-int80-cvi)" "$(printf 'open: cf=0 rax=-44\ngetpid: cf=1 rax=PID\nother: cf=0 rax=-78\nexit 0')" "int80, linux"
expect_eq "$(stat cvi unmapped)" $((u0 + 1)) "the syscall instruction counted as unmapped"
# carry, no map: the plain errno with CF set.
expect_eq "$(cv_run ./conv-int80-cvk)" "$(printf 'open: cf=1 rax=2\ngetpid: cf=0 rax=PID\nother: cf=1 rax=38\nexit 0')" "int80, carry"
# The syscall-instruction build gets the policy at its first call.
expect_eq "$(cv_run ./conv-cvk)" "exit 132" "syscall under method int80: every call unmapped, exit too (ud2 after it)"
# Policy kill: the program dies at the syscall instruction.
echo kill >$CFG/cvk/unmapped
expect_eq "$(cv_run ./conv-int80-cvk)" "$(printf 'open: cf=1 rax=2\ngetpid: cf=0 rax=PID\nexit 159')" "int80, kill"
# Back to syscall: the program's own syscalls are mapped, and its one
# int 0x80 (the ia32 getpid) is an unmapped call.
echo syscall >$CFG/cvk/method
echo enosys >$CFG/cvk/unmapped
expect_eq "$(cv_run ./conv-cvk)" "$(printf 'open: cf=1 rax=2\ngetpid: cf=0 rax=PID\nother: cf=1 rax=38\nexit 0')" "back to syscall"
