# test: freebsd platform: a relative _umtx_op SEM2_WAIT that a signal ends returns EINTR and gives back the time that was left when the caller gave room for it (sem_clockwait_np()), and writes nothing without that room
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(fbsd-umtx-sem-left)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "left 1 4 1
no-room 1 4 -1" "each wait's result"
