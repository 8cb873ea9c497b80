# test: freebsd and netbsd platforms: a pseudo-terminal made as each BSD's libc makes one (FreeBSD posix_openpt, TIOCPTMASTER and FIODGNAME; NetBSD /dev/ptmx, TIOCGRANTPT and TIOCPTSNAME) is named, its slave opens by that name with no unlockpt, and carries data; the requests on other files are ENOTTY, bad flags and short buffers EINVAL
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
netbsd_iface nbsd
mkdir -p /dev/pts
mount -t devpts -o ptmxmode=0666 devpts /dev/pts 2>/dev/null ||
	grep -q ' /dev/pts ' /proc/mounts || fail "devpts"
[ -e /dev/ptmx ] || ln -s pts/ptmx /dev/ptmx
expect_eq "$(fbsd-pty)" "openpt 0
badflags 1 22
master 0 0
notmaster 1 25
name 0 0
named 1
open 0
echo 1
slavename 1
short 1 22
file 1 25" "freebsd"
expect_eq "$(nbsd-pty)" "open 0
grant 0 0
grantdir 1 25
ptsname 0 0
cn /dev/null
sn 1
slave 0
echo 1
ofslave 1 25" "netbsd"
