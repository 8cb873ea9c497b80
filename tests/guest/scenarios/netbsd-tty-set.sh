# test: netbsd platform: TIOCSETA, TIOCSETAW and TIOCSETAF set a terminal from NetBSD's struct termios (FreeBSD's layout) (raw mode, IXOFF, a disabled character), leave the program's struct as it was, and are ENOTTY on a pipe
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
mkdir -p /dev/pts
mount -t devpts devpts /dev/pts 2>/dev/null || grep -q ' /dev/pts ' /proc/mounts ||
	fail "devpts"
out=$(onpty 80 24 nbsd-tty-set)
expect_eq "$?" 0 "exit status"
out=$(printf '%s' "$out" | tr -d '\r')
expect_eq "$out" "raw 0 0
kept 1
raw-read 0 0 1
vmin 1 0
cooked 0 0
cooked-read 1 1 1
ixoff 0 0 1 0
verase 255
notty 1 25" "each check's line"
