# test: freebsd and netbsd platforms: statfs and fstatfs (FreeBSD), statvfs1 and fstatvfs1 (NetBSD 10's and 9's) of a tmpfs mounted ro, nosuid, noexec and noatime: the platform's struct, its mount flags, block size and count, the type's name, where it is mounted and what was, alike from a path and a file; a missing path is ENOENT
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
netbsd_iface nbsd
d=/tmp/statfs.mnt
mkdir -p $d
mount -t tmpfs -o ro,nosuid,noexec,noatime,size=1m statfs-src $d || fail "mount"
common="bsize 4096
blocks 256
namemax 255
type tmpfs
on $d
from statfs-src
same 1"
expect_eq "$(fbsd-statfs $d)" "statfs 0 0
fstatfs 0 0
version 538182936
flags 268435469
$common
missing 1 2" "freebsd"
expect_eq "$(nbsd-statfs $d)" "statfs 0 0
fstatfs 0 0
flags 67108877
$common
old 0 0
old type tmpfs
old on $d
old from statfs-src
old same 1
old fstatfs 0 0
old fsame 1
missing 1 2" "netbsd"
umount $d
