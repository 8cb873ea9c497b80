# test: bad input: an unknown method or convention (EINVAL), linux's (EPERM), and bad errno maps (EINVAL, ERANGE, EEXIST) are refused, nothing changed
. /lib/scenario.sh
cv_platform cvb CVB1 int80 carry 'ENOENT 44\n'
refused EINVAL $CFG/cvb/method int2e
refused EINVAL $CFG/cvb/method ''
refused EINVAL $CFG/cvb/ret bsd
refused EPERM $CFG/linux/method int80
refused EPERM $CFG/linux/ret carry
dmesg | grep -q "cvb: method: unknown method 'int2e' (syscall or int80) (-EINVAL)" || fail "no log line for method"
dmesg | grep -q "cvb: ret: unknown convention 'bsd' (linux or carry) (-EINVAL)" || fail "no log line for ret"
# errno maps, like tables, are applied when the file is closed: a refusal
# is reported in table_error, with its errno.
before=$(cat $CFG/cvb/errno)
bad() { # bad ERRNO TEXT REASON
	printf '%s\n' "$2" >$CFG/cvb/errno
	expect_eq "$(cat $CFG/cvb/table_error)" "-$1: errno: $3" "table_error for '$2'"
	expect_eq "$(cat $CFG/cvb/errno)" "$before" "errno map after '$2'"
}
bad EINVAL 'ENOENT' "line 1: expected 'NATIVE_ERRNO FOREIGN_ERRNO'"
bad EINVAL 'ENOENT 2 3' "line 1: unexpected '3'"
bad EINVAL 'ENOPE 2' "line 1: unknown errno 'ENOPE'"
bad EINVAL 'ENOENT x' "line 1: bad errno 'x'"
bad ERANGE '0 2' "line 1: native errno 0 out of range (1-4095)"
bad ERANGE 'ENOENT 4096' "line 1: foreign errno 4096 out of range (1-4095)"
bad EINVAL '512 4' "line 1: native errno 512 is a restart code"
bad EINVAL 'EINTR 513' "line 1: foreign errno 513 is a restart code"
bad EEXIST "$(printf 'ENOENT 3\n2 4')" "line 2: errno 2 mapped twice"
printf 'ENOENT 44\n' >$CFG/linux/errno
expect_eq "$(cat $CFG/linux/table_error)" "-EPERM: errno: linux is the native interface and cannot be changed" "linux errno map"
expect_eq "$(cat $CFG/linux/errno)" "" "linux errno map after the refusal"
expect_eq "$(cat $CFG/cvb/method) $(cat $CFG/cvb/ret)" "int80 carry" "settings after the refusals"
# A program still runs under the unchanged configuration.
expect_eq "$(cv_run ./conv-int80-cvb | head -1)" "open: cf=1 rax=44" "after the refusals"
