# test: freebsd platform: sigreturn forgets the restart of the call its handler interrupted, as rt_sigreturn does: a restart asked for afterwards fails with EINTR instead of resuming the sleep
# timeout: 30
. /lib/scenario.sh
freebsd_iface fbsd
out=$(fbsd-restart)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "nanosleep 1 4
restart 1 4" "nanosleep and the restart: EINTR (4)"
