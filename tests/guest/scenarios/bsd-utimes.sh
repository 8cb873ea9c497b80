# test: freebsd and netbsd platforms: utimes, lutimes and futimes set the times their timevals give (NetBSD's with the padding after its 32-bit tv_usec left set), refuse a tv_usec of a million (EINVAL) and AT_FDCWD as a descriptor (EBADF); setitimer and getitimer arm, read and disarm a timer, and an oitv at itv gets the old value
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
netbsd_iface nbsd
for p in fbsd-utimes nbsd-utimes; do
	mkdir $p && cd $p || fail "mkdir $p"
	: >f
	: >g
	ln -s f s
	out=$($p)
	expect_eq "$?" 0 "$p: exit status"
	expect_eq "$out" "utimes 0 0
lutimes 0 0
futimes 0 0
utimes-usec 1 22
futimes-cwd 1 9
setitimer 0 0
getitimer 0 0
left OK
setitimer-same 0 0
old OK" "$p: each call's result"
	expect_eq "$(busybox stat -c '%X %Y' f)" "1000000000 1500000000" "$p: f's times"
	expect_eq "$(busybox stat -c %Y s)" 1600000000 "$p: s's own mtime"
	expect_eq "$(busybox stat -c %Y g)" 1700000000 "$p: g's mtime"
	cd ..
done
