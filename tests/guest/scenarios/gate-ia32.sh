# test: 32-bit gates: a foreign task's int 0x80 under method syscall, and a 32-bit program's int 0x80 under method int80, get the unmapped policy and are counted
. /lib/scenario.sh
cv_platform cvs CVS1 syscall linux
c0=$(stat cvs syscalls)
u0=$(stat cvs unmapped)
# conv-int80 enters with int 0x80: even its exit is unmapped, and a ud2
# ends it.  Its one syscall instruction (eax 4, getpid here) is mapped.
expect_eq "$(cv_run ./conv-int80-cvs)" "exit 132" "method syscall, enosys: nothing runs, ud2"
c=$(($(stat cvs syscalls) - c0))
[ $c -ge 4 ] || fail "only $c calls counted"
expect_eq $(($(stat cvs unmapped) - u0)) $((c - 1)) "int 0x80 calls counted as unmapped"
echo kill >$CFG/cvs/unmapped
expect_eq "$(cv_run ./conv-int80-cvs)" "exit 159" "method syscall, kill"
echo sigsys >$CFG/cvs/unmapped
expect_eq "$(cv_run ./conv-int80-cvs)" "exit 159" "method syscall, sigsys without a handler"
# A 32-bit program that selects an int80 interface: its int 0x80 calls
# are not 64-bit calls (they would exit with 42).
cv_platform cvi CVI1 int80 linux
u0=$(stat cvi unmapped)
ia32 int80 cvi; rc=$?
expect_eq "$rc" 132 "32-bit program, enosys"
expect_eq "$(stat cvi unmapped)" $((u0 + 2)) "two calls counted as unmapped"
echo kill >$CFG/cvi/unmapped
ia32 int80 cvi; rc=$?
expect_eq "$rc" 159 "32-bit program, kill"
