# test: freebsd platform: a seccomp filter that denies native unlinkat, rt_sigaction, kill and getdents64 and writable-executable mmap (systemd's MemoryDenyWriteExecute) denies the FreeBSD calls the platform translates to them
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
# Linux's numbers: unlinkat 263, rt_sigaction 13, kill 62, getdents64 217:
# getdirentries' second native call, after lseek.
: >victim
out=$(deny -n 263 -n 13 -n 62 -n 217 -x fbsd-seccomp)
expect_eq "$?" 0 "exit status under the filter"
expect_eq "$out" "unlinkat 1 1
mmap_rwx 1 13
mmap_rw 0
sigaction 1 1
kill 1 1
getdirentries 1 1" "each denied call fails with the filter's errno (EPERM 1, EACCES 13)"
[ -e victim ] || fail "the filter denied unlinkat, yet victim is gone"
# Without the filter the same calls work: the test can fail.
out=$(fbsd-seccomp)
expect_eq "$out" "unlinkat 0 0
mmap_rwx 0
mmap_rw 0
sigaction 0 0
kill 0 0
getdirentries 0 1" "without a filter"
[ ! -e victim ] || fail "unlinkat without a filter left victim"
