# test: freebsd platform: thr_suspend sleeps until thr_wake names the thread (a wake that came first ends it at once), for at most its timeout; a signal ends a timed one with EINTR and restarts an untimed one under SA_RESTART; a bad timeout is EINVAL or EFAULT, and a thread of another process ESRCH
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(fbsd-thr-suspend)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "early 0 0
poll 1 60
timeout 1 60
wake 0 0 1
intr 1 4 1
restart 0 0 1
bad 1 22
negative 1 22
fault 1 14
none 1 3" "each call's result"
