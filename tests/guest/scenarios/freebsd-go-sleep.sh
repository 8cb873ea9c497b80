# test: FreeBSD Go program: time.Sleep, a timer and a ticker (FreeBSD clocks, kqueue on epoll)
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(go-sleep)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "sleep ok true
timer ok true
ticks 5
year ok true" "output"
