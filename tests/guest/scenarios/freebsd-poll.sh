# test: freebsd platform: poll in FreeBSD's event bits (POLLWRBAND, POLLRDHUP, POLLWRNORM as POLLOUT), the program's events left as they were
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(fbsd-poll)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "writable 0 1 4 260
rdhup 0 1 16385 16385
plain 0 1 65 65
fault 1 14" "each check's line"
