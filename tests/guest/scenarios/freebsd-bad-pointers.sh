# test: freebsd platform: bad pointers to every translated call get FreeBSD's EFAULT (14), an unknown sysctl ENOENT (2), and the kernel stays quiet
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(fbsd-badptr)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "sigaction 14
sigprocmask 14
sigaltstack 14
sigreturn 14
thr_self 14
thr_new 14
umtx_op 14
sysarch 14
clock_gettime 14
fstat 14
fstatat 14
getrlimit 14
cpuset_getaffinity 14
sysctl 14
sysctl_unknown 2
kevent 14
getdirentries 14" "errors"
