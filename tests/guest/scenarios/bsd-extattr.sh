# test: freebsd and netbsd platforms: extattr_set, _get, _delete and _list by path, link and descriptor, in the user and system namespaces (Linux's user. and trusted.): set returns the bytes written, a short get is cut short, a list gives each name after its length, a deleted attribute is ENOATTR; a bad namespace or an empty name is EINVAL, a link EPERM (Linux keeps no user attribute on one), a closed descriptor EBADF; NetBSD's Linux-style calls see the same attributes
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
netbsd_iface nbsd
d=/tmp/extattr.mnt
mkdir -p $d
mount -t tmpfs -o size=1m extattr $d || fail "mount"
mkdir $d/fbsd $d/nbsd
common="set 0 6
size 0 6
get 0 6
value gopher
short 0 3
cut gop
fdset 0 1
list 0 9
names <3>two <4>test"
expect_eq "$(fbsd-extattr $d/fbsd)" "$common
delete 0 0
missing 1 87
system 0 1
sysnames <1>s
badns 1 22
empty 1 22
link 1 1
badfd 1 9" "freebsd"
expect_eq "$(nbsd-extattr $d/nbsd)" "$common
getxattr 0 1
delete 0 0
missing 1 93
system 0 1
sysnames <1>s
badns 1 22
empty 1 22
link 1 1
badfd 1 9" "netbsd"
umount $d
