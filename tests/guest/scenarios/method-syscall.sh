# test: method syscall: errors return as -errno (linux) or errno with CF set (carry), mapped through the errno map; int 0x80 is an unmapped call
. /lib/scenario.sh
cv_platform cvl CVL1 syscall linux
cv_platform cvc CVC1 syscall carry 'ENOENT 44\n'
expect_eq "$(cat $CFG/cvc/method) $(cat $CFG/cvc/ret)" "syscall carry" "settings read back"
expect_eq "$(cat $CFG/cvc/errno)" "ENOENT 44" "errno map reads back"
# linux: -errno, and the flags as they went in (CF set before getpid).
expect_eq "$(cv_run ./conv-cvl)" "$(printf 'open: cf=0 rax=-2\ngetpid: cf=1 rax=PID\nother: cf=0 rax=-38\nexit 0')" linux
# carry: the mapped errno with CF set; CF cleared on success.  The ia32
# getpid through int 0x80 is a gate the interface does not decode: an
# unmapped call, returned the interface's way.
expect_eq "$(cv_run ./conv-cvc)" "$(printf 'open: cf=1 rax=44\ngetpid: cf=0 rax=PID\nother: cf=1 rax=38\nexit 0')" carry
expect_eq "$(stat cvc unmapped)" 1 "unmapped calls"
# Native int 0x80 programs are unchanged, with no int80 interface and
# with one (the int 0x80 entry then asks the interface layer first).
out=$(int80-native)
expect_eq "$? $out" "7 int80 native" "native int \$0x80"
echo int80 >$CFG/cvl/method
out=$(int80-native)
expect_eq "$? $out" "7 int80 native" "native int \$0x80 beside an int80 interface"
