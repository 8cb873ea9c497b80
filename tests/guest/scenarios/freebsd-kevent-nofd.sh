# test: freebsd platform: a kqueue's user events never make a descriptor, not even for a moment that another thread could catch
# timeout: 120
. /lib/scenario.sh
freebsd_iface fbsd
n=$(rounds 2000)
out=$(fbsd-kevent-nofd $n)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "kqueues $n seen 0" "descriptor 4 while $n kqueues get a user event"
