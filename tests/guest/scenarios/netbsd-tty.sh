# test: netbsd platform: TIOCGETA (isatty) in NetBSD's struct termios (FreeBSD's layout), TIOCGWINSZ, FIONREAD and FIONBIO; TIOCGETA on a pipe and unknown requests are ENOTTY
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
mkdir -p /dev/pts
mount -t devpts devpts /dev/pts 2>/dev/null || grep -q ' /dev/pts ' /proc/mounts ||
	fail "devpts"
out=$(onpty 80 24 nbsd-tty)
expect_eq "$?" 0 "exit status"
out=$(printf '%s' "$out" | tr -d '\r')
expect_eq "$out" "tiocgeta 0 0
lflag 1 1 1
oflag 1 1
cflag 768 1
cc 3 127 1
speed 38400
notty 1 25
winsz 0 0 80 24
fionread 0 0 5
fionbio 0 0
read-empty 1 35
unknown 1 25" "each check's line"
