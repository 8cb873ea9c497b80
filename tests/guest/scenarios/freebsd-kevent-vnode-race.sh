# test: freebsd platform: EVFILT_VNODE watches made, reported, deleted and dropped with their kqueues while another thread keeps changing the watched files leave the kernel sound (KASAN, lockdep and kmemleak watch on the debug kernel) and report each round's own change
# timeout: 180
. /lib/scenario.sh
freebsd_iface fbsd
mkdir d && cd d || fail "mkdir"
n=$(rounds 2000)
out=$(fbsd-kevent-vnode-race $n)
rc=$?
echo "$out"
expect_eq "$rc" 0 "exit status"
expect_eq "$(echo "$out" | sed -n 's/^rounds \([0-9]*\) .*/\1/p')" "$n" "every round ran"
[ "$(echo "$out" | sed -n 's/.* events //p')" -ge "$n" ] ||
	fail "a round without its own event: $out"
