# test: netbsd platform: wait6 finds a child by pid, group or any with NetBSD's id types and options, and gives its status and siginfo in NetBSD's layout and numbers (a continued child is 0xffff)
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
out=$(nbsd-wait6)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "nohang 0 0 0
nowait 0 pid 1792
exited 0 pid 1792 20 1 7 1
rusage 1
killed 0 pid 30 2 30
stopped 0 pid 4479 5 17
continued 0 pid 65535 6 19
pgid 0 pid
none 1 10
idtype 1 22
options 1 22" "each wait's result"
