# test: freebsd platform: fcntl F_DUP2FD and F_DUP2FD_CLOEXEC onto the same descriptor give it back, with close-on-exec for the second, and EBADF if it is closed, as FreeBSD's kern_dup does
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(fbsd-dup2fd)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "same 0 1
cloexec-1 0 0
same-closed 1 9
same-cloexec 0 1
cloexec-1 0 1
same-cloexec-closed 1 9
other 0 7
cloexec-7 0 0
other-cloexec 0 8
cloexec-8 0 1
other-closed 1 9" "each call's result"
