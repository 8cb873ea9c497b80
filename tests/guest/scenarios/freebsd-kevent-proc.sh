# test: freebsd platform: kevent's EVFILT_PROC with NOTE_EXIT: a child's exit ends a wait, once, with FreeBSD's wait status (also for a zombie and a signal), wait4 still reaps it, EV_DELETE, and refusals (no such process, NOTE_FORK)
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(/bin/fbsd-kevent-proc)
expect_eq "$?" 0 "exit status"
line() { echo "$out" | awk -v k="$1" '$1 == k { $1 = ""; sub(/^ /, ""); print }'; }
expect_eq "$(line exit)" "1 -5 32784 2147483648 1792 99" "the exit: ident, filter, EV_EOF|EV_ONESHOT, NOTE_EXIT, status 7, udata"
expect_eq "$(line gone)" 0 "reported once"
expect_eq "$(line reaped)" "1 1792" "wait4 still reaps the child"
expect_eq "$(line zombie)" "1 768" "a child that exited before EV_ADD: at once"
expect_eq "$(line killed)" 30 "killed by SIGUSR1: FreeBSD's number in the status"
expect_eq "$(line deleted)" "0 0" "EV_DELETE before the exit: no event"
expect_eq "$(line nosuch)" 3 "no such process: ESRCH"
expect_eq "$(line fork)" 22 "NOTE_FORK: EINVAL"
