# test: netbsd platform: _lwp_wakeup ends a parked LWP's park with EINTR; for an LWP that is not parked it says ENODEV and its next park returns at once with EALREADY, as after an early _lwp_unpark; a missing LWP is ESRCH
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
out=$(nbsd-lwp-wakeup)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "wakeup 0 0
parked 1 4
self 1 19
park-after 1 37
park-none 1 60
pending 1 37
none 1 3" "each call's result"
