# test: freebsd platform: kevent acts on the kqueue it looked up while another thread switches that descriptor number between two kqueues with dup2: each user event lands whole in one of them, and no event carries anything but what was added (never a kernel address)
# timeout: 120
. /lib/scenario.sh
freebsd_iface fbsd
n=$(rounds 3000)
out=$(fbsd-kevent-dup2 $n)
rc=$?
echo "$out"
expect_eq "$rc" 0 "exit status"
ran=$(echo "$out" | sed -n 's/^rounds \([0-9]*\) .*/\1/p')
events=$(echo "$out" | sed -n 's/.* events \([0-9]*\) .*/\1/p')
expect_eq "$ran" $n "rounds"
expect_eq "$(echo "$out" | sed -n 's/.* wrong //p')" 0 "events not as added"
expect_eq "$events" $n "user events reported, one a round"
