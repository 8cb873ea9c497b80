# test: freebsd and netbsd platforms: getfsstat (FreeBSD) and getvfsstat (NetBSD 10's and 9's) list the mounts /proc/self/mounts lists, root first, each in the platform's struct; room for fewer structs gets fewer, a bad buffer is EFAULT, FreeBSD's bad mode or size EINVAL; a chrooted caller sees only the mounts under its root
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
netbsd_iface nbsd
d=/tmp/fsstat.mnt
mkdir -p $d
mount -t tmpfs -o size=4m fsstat-src $d || fail "mount"
n=$(wc -l </proc/self/mounts)
[ "$n" -le 16 ] || fail "$n mounts, more than the test program has room for"
common="count 0 $n
fill 0 $n
first /
mnt tmpfs fsstat-src
one 0 1
small 0 0
fault 1 14"
expect_eq "$(fbsd-fsstat $d)" "$common
mode 1 22
negative 1 22" "freebsd"
expect_eq "$(nbsd-fsstat $d)" "$common
old 0 $n" "netbsd"
# Under a root of its own, with one mount below it: two mounts.
cp /bin/fbsd-fsstat $d/
mkdir $d/sub
mount -t tmpfs -o size=1m inner-src $d/sub || fail "mount inner"
expect_eq "$(chroot $d /fbsd-fsstat /sub | head -n 4)" "count 0 2
fill 0 2
first /
mnt tmpfs inner-src" "chrooted"
umount $d/sub
umount $d
