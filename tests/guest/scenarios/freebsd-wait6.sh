# test: freebsd platform: wait6 (Go's way to wait for a child without reaping it) finds a child by pid, group or any, with WNOHANG, WNOWAIT, WUNTRACED and WCONTINUED; its status, siginfo and usage are FreeBSD's, with FreeBSD's signal numbers; bad id types and options are EINVAL
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(fbsd-wait6)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "nohang 0 0 0
nowait 0 pid 1792
exited 0 pid 1792 20 1 7 1
rusage 1
killed 0 pid 30 2 30
stopped 0 pid 4479 5 17
continued 0 pid 19 6 19
pgid 0 pid
none 1 10
idtype 1 22
options 1 22" "each wait's result"
