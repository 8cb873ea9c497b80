# test: freebsd platform: utimensat and futimens take FreeBSD's UTIME_OMIT, refuse Linux's UTIME_NOW value (EINVAL) and a missing path (EFAULT), and set the times they are given
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(fbsd-utimens)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "omit-atime 0 0
omit-mtime 0 0
linux-now 1 22
no-path 1 14" "each call's result"
# Each call kept the time it omitted, and set the other.
expect_eq "$(busybox stat -c '%X %Y' f)" "2000000000 1000000000" "atime and mtime of f"
