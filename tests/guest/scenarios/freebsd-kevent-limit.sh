# test: freebsd platform: one user's kqueues hold at most max_user_events user events and timers (ENOMEM, 12, beyond), and a closed kqueue's events are given back
. /lib/scenario.sh
freebsd_iface fbsd
param=/sys/module/syscall_iface/parameters/max_user_events
old=$(cat $param)
echo 8 >$param
out=$(fbsd-kevent-limit)
rc=$?
timers=$(fbsd-kevent-limit timer)
trc=$?
echo "$old" >$param
expect_eq "$rc $trc" "0 0" "exit status"
expect_eq "$out" "fill 8 12
again 0
second 12
closed 0" "the limit, and what frees room under it"
expect_eq "$timers" "$out" "the same for timers"
