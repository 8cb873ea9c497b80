# test: freebsd platform: a kqueue's user events never make a descriptor, not even for a moment that another thread could catch
# timeout: 120
. /lib/scenario.sh
freebsd_iface fbsd
out=$(fbsd-kevent-nofd)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "kqueues 2000 seen 0" "descriptor 4 while 2000 kqueues get a user event"
