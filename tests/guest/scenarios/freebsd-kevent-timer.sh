# test: freebsd platform: kevent's EVFILT_TIMER: periodic timers counting their expiries, EV_CLEAR implied, EV_DISABLE/EV_ENABLE, EV_ONESHOT, FreeBSD's units and NOTE_ABSTIME, a restart by EV_ADD, refusals, EV_DELETE, a wake, and a kqueue closed with its timer running
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(/bin/fbsd-kevent-timer)
expect_eq "$?" 0 "exit status"
line() { echo "$out" | awk -v k="$1" '$1 == k { $1 = ""; sub(/^ /, ""); print }'; }
expect_eq "$(line add)" 0 "EV_ADD"
expect_eq "$(line first)" "1 -7 32 0 1 77" "the first expiry: ident, filter, EV_CLEAR, fflags, data, udata"
set -- $(line counted)
expect_eq "$1" 1 "expiries unread for 210 ms: one event"
[ "$2" -ge 9 ] && [ "$2" -le 20 ] || fail "a 20 ms timer unread for 210 ms counted $2 expiries"
# Read, its count starts again; a slow kernel may see another expiry.
[ "$(line cleared)" -le 2 ] || fail "after the read the count is $(line cleared), not started again"
expect_eq "$(line disabled)" "0 enabled 1" "EV_DISABLE hides its expiries, EV_ENABLE shows them"
expect_eq "$(line oneshot)" "1 1 0 2" "EV_ONESHOT: one expiry, then gone (ENOENT)"
expect_eq "$(line units)" "3 4 5" "NOTE_SECONDS, NOTE_USECONDS, NOTE_NSECONDS"
expect_eq "$(line abstime)" 1 "NOTE_ABSTIME in the past expires at once"
expect_eq "$(line restart)" "0 0" "EV_ADD restarts a timer with no expiry counted"
expect_eq "$(line bad)" "22 22 22" "negative data, two units, an unknown fflag: EINVAL"
expect_eq "$(line unknown)" 2 "EV_DELETE of a timer never added: ENOENT"
expect_eq "$(line delete)" "0 0" "EV_DELETE stops a timer"
expect_eq "$(line wake)" "1 10" "a timer ends a kevent() wait with no timeout"
