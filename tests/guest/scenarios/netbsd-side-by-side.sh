# test: both BSD platforms at once: FreeBSD and NetBSD Go programs run side by side with a native one, each counted by its own interface
# timeout: 90
. /lib/scenario.sh
freebsd_iface fbsd
netbsd_iface nbsd
go-sleep >f.out &
f=$!
nbsd-go-sleep >n.out &
n=$!
busybox sleep 1 &
l=$!
wait $f; expect_eq "$?" 0 "FreeBSD program's exit status"
wait $n; expect_eq "$?" 0 "NetBSD program's exit status"
wait $l; expect_eq "$?" 0 "native program's exit status"
want="sleep ok true
timer ok true
ticks 5
year ok true"
expect_eq "$(cat f.out)" "$want" "FreeBSD program's output"
expect_eq "$(cat n.out)" "$want" "NetBSD program's output"
[ "$(stat fbsd execs)" -eq 1 ] || fail "fbsd execs: $(stat fbsd execs)"
[ "$(stat nbsd execs)" -eq 1 ] || fail "nbsd execs: $(stat nbsd execs)"
