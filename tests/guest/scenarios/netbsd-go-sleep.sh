# test: NetBSD Go program: time.Sleep, a timer and a ticker (NetBSD clocks, _lwp_park timeouts, kqueue on epoll)
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
out=$(nbsd-go-sleep)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "sleep ok true
timer ok true
ticks 5
year ok true" "output"
