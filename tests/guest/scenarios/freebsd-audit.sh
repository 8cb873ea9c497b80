# test: freebsd platform: audit records each native call a service makes as that native call, with its translated arguments and its own result, so that exit rules on native calls see FreeBSD programs' calls too
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
mkdir d && cd d || fail "mkdir"
: >victim
# A rule on Linux's unlinkat 263, openat 257, lseek 8 and getdents64 217,
# the native calls fbsd-seccomp's services make.  Addresses (a1, a3) are
# left out.  openat's flags are Linux's O_DIRECTORY (FreeBSD's is
# 0x20000); getdirentries makes two native calls, each with its record
# and result (the listing of . and .. is 48 bytes, read into 3/4 of the
# 4096-byte buffer).  AT_FDCWD is -100, a long.
audit-exit 263,257,8,217 fbsd-seccomp >../out
expect_eq "$?" 0 "audit-exit's status"
expect_eq "$(sed 's/ a[13]=[0-9a-f]*//g' ../out | grep '^syscall=')" \
"syscall=263 success=yes exit=0 a0=ffffffffffffff9c a2=0
syscall=257 success=yes exit=3 a0=ffffffffffffff9c a2=10000
syscall=8 success=yes exit=0 a0=3 a2=1
syscall=217 success=yes exit=48 a0=3 a2=c00" "the records, by native number"
