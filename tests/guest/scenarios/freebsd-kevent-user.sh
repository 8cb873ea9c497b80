# test: freebsd platform: kevent's EVFILT_USER (Go 1.22 and later wake their netpoller with it): trigger, EV_CLEAR, level, EV_DISABLE/EV_ENABLE, EV_ONESHOT, fflags, EV_DELETE, refusals, a pipe's event beside it, and a wake from another thread
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(/bin/fbsd-kevent-user)
expect_eq "$?" 0 "exit status"
line() { echo "$out" | awk -v k="$1" '$1 == k { $1 = ""; sub(/^ /, ""); print }'; }
expect_eq "$(line add)" 0 "EV_ADD"
expect_eq "$(line idle)" 0 "nothing pending before a trigger"
expect_eq "$(line event)" "7 -11 5 9 4660 32" "the triggered event: ident, filter, fflags, data, udata, EV_CLEAR"
expect_eq "$(line cleared)" 0 "EV_CLEAR resets it once reported"
expect_eq "$(line level)" "1 1" "without EV_CLEAR it stays pending"
expect_eq "$(line disabled)" "0 enabled 1" "EV_DISABLE hides it, EV_ENABLE shows it"
expect_eq "$(line oneshot)" "1 0 1 2" "EV_ONESHOT: once, then ENOENT"
expect_eq "$(line fflags)" 3 "NOTE_FFCOPY then NOTE_FFOR"
expect_eq "$(line delete)" "0 1 2" "EV_DELETE, then ENOENT"
expect_eq "$(line unknown)" "1 2" "a trigger of an unknown ident: ENOENT"
expect_eq "$(line badflags)" "1 22" "an undefined flag: EINVAL"
expect_eq "$(line mixed)" "2 R 85 U 7" "a pipe's read event and a user event in one call"
expect_eq "$(line wake)" "1 7" "another thread's trigger wakes a kevent() wait"
expect_eq "$(line pipe)" "4 5" "the user events keep no descriptor (kqueue is 3)"
