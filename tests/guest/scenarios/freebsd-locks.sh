# test: freebsd platform: record locks with FreeBSD's struct flock and lock types; a child sees its parent's lock and is refused with EAGAIN
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
mkdir w && cd w || fail "mkdir"
out=$(fbsd-locks)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "setlk 0 0
own 2
child-getlk 0 0 3 0 0 10 1
child-setlk 1 35
child-after 0 0
bad-type 1 22
unlock 0 0" "each check's line"
