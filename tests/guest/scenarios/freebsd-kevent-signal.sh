# test: freebsd platform: kevent's EVFILT_SIGNAL counts the signals sent to the process, ignored or handled, but not a child's, nor an ignored SIGCHLD, clears once read, and stops with EV_DELETE; a bad signal number is EINVAL
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(/bin/fbsd-kevent-signal)
expect_eq "$?" 0 "exit status"
line() { echo "$out" | awk -v k="$1" '$1 == k { $1 = ""; sub(/^ /, ""); print }'; }
expect_eq "$(line add)" 0 "EV_ADD"
expect_eq "$(line ignored)" "30 -6 32 3 55" "three ignored SIGUSR1: ident, filter, EV_CLEAR, count, udata"
expect_eq "$(line cleared)" 0 "read, no longer pending"
expect_eq "$(line handled)" "1 1" "a handled SIGUSR2: counted, and its handler ran"
expect_eq "$(line child)" 0 "a signal to a child is not this process's"
expect_eq "$(line chld-ignored)" 0 "an ignored SIGCHLD is not counted"
expect_eq "$(line chld-default)" "1 1" "SIGCHLD at SIG_DFL is"
expect_eq "$(line deleted)" "0 0" "EV_DELETE stops the count"
expect_eq "$(line bad)" "22 22" "signal 0 and 200: EINVAL"
