# test: freebsd platform: a seccomp filter that kills the process on the first of two native calls a service makes (getdirentries' lseek) ends it there with SIGSYS; the second call never reaches seccomp
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
# Linux's lseek is 8; SIGSYS is 31.  Were the killed call taken for a
# success, getdents64 would meet seccomp in its dead mode: a WARNING and
# SIGKILL instead.
deny -k 8 fbsd-seccomp >out
expect_eq "$?" $((128 + 31)) "killed by SIGSYS"
expect_eq "$(tail -n 1 out)" "kill 0 0" "the calls before getdirentries ran, and nothing after"
