# test: netbsd platform: EVFILT_VNODE (NetBSD's filter 3) reports a watched file's write and removal through NetBSD's struct kevent
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
cd "$(mktemp -d)" || fail "no directory"
out=$(nbsd-kevent-vnode)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "write 1 3 3 6
delete 1 3 3 1" "each change's events"
