# test: freebsd platform: a descriptor's kevent filter takes EV_ENABLE with EV_ADD, its default, as fsnotify's kqueue watcher asks; EV_ENABLE alone and EV_DISABLE, which its epoll registration cannot make, are EINVAL
# timeout: 30
. /lib/scenario.sh
freebsd_iface fbsd
out=$(fbsd-kevent-fd-flags)
expect_eq "$?" 0 "exit status"
line() { echo "$out" | awk -v k="$1" '$1 == k { $1 = ""; sub(/^ /, ""); print }'; }
expect_eq "$(line add)" "0 0" "EV_ADD|EV_ENABLE|EV_ONESHOT is taken"
expect_eq "$(line events)" "1 0 119" "the pipe's byte reported once, with its udata"
expect_eq "$(line enable)" "1 22" "EV_ENABLE alone: EINVAL"
expect_eq "$(line disable)" "1 22" "EV_DISABLE: EINVAL"
