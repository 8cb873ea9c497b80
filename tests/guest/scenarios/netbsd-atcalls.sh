# test: netbsd platform: faccessat, fchmodat, fchownat and linkat take NetBSD's (FreeBSD's) AT_SYMLINK_NOFOLLOW and AT_SYMLINK_FOLLOW
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
mkdir w && cd w || fail "mkdir"
: >f
chmod 644 f
ln -s nothing d
out=$(nbsd-atcalls)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "faccessat 0 0
fchmodat 0 0
fchownat 0 0
linkat 0 0
linkat-follow 1 2" "each call's result"
expect_eq "$(busybox stat -c %a f)" 600 "f's mode"
[ -L l ] || fail "l is not a symbolic link"
[ ! -e m ] || fail "linkat-follow made m"
