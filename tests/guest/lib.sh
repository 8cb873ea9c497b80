# Sourced by guest scenarios: . /lib/scenario.sh
CFG=/sys/kernel/config/syscall_iface
STATS=/sys/kernel/syscall_iface/stats

# The harness's slowdown factor (3 on the debug kernel): scenarios stretch
# the lives of their background programs by it.
SCALE=$(sed -n 's/.*harness\.scale=\([0-9]*\).*/\1/p' /proc/cmdline)
SCALE=${SCALE:-1}

# settle CMD...: run CMD until it succeeds, for at most 10 s x SCALE,
# instead of sleeping and hoping a background program has got there;
# returns CMD's last status.  wait_until CMD...: the same, or fail.
settle() {
	_wu=0
	until "$@"; do
		[ $_wu -lt $((200 * SCALE)) ] || return 1
		sleep 0.05
		_wu=$((_wu + 1))
	done
}

wait_until() {
	settle "$@" || fail "gave up waiting for: $*"
}

# tasks_are IFACE N: IFACE's stats count N tasks.
tasks_are() {
	[ "$(stat "$1" tasks)" = "$2" ]
}

fail() {
	echo "FAIL: $*"
	exit 1
}

# expect_eq ACTUAL EXPECTED WHAT
expect_eq() {
	[ "$1" = "$2" ] || fail "$3: expected '$2', got '$1'"
}

# refused ERRNO PATH VALUE: writing VALUE to PATH fails with ERRNO, and
# the attribute reads back as before.
refused() {
	before=$(cat "$2")
	got=$(cfgw "$2" "$3")
	expect_eq "$got" "$1" "write '$3' to $2"
	expect_eq "$(cat "$2")" "$before" "$2 after the refused write"
}

# The "custom" platform of the paper's section IV: number in rbx,
# 500 = the debug service, 314 = write, 70 = exit, selected by "JUHA".
# linux gets the debug service at the paper's native number 548.
paper_custom() {
	mkdir $CFG/custom || fail "mkdir custom"
	printf '500 iface_info\n314 write\n70 exit\n' >$CFG/custom/table
	echo rbx >$CFG/custom/nr_reg
	echo JUHA >$CFG/custom/magic
	echo juha >$CFG/custom/binfmt
	echo '548 iface_info' >$CFG/linux/table
	[ -z "$(cat $CFG/custom/table_error)" ] || fail "custom table refused"
}

# lx_platform NAME MAGIC: a platform that keeps every native number
# (0-462 in rax) and adds 1000 = iface_info, 1001 = getpid, 1002 = write,
# so that glibc programs run under it and can ask which interface they run.
lx_platform() {
	mkdir $CFG/$1 || fail "mkdir $1"
	i=0
	while [ $i -lt 463 ]; do
		echo "$i $i"
		i=$((i + 1))
	done >/tmp/lx.table
	printf '1000 iface_info\n1001 getpid\n1002 write\n' >>/tmp/lx.table
	cat /tmp/lx.table >$CFG/$1/table
	[ -z "$(cat $CFG/$1/table_error)" ] || fail "$1 table: $(cat $CFG/$1/table_error)"
	echo "$2" >$CFG/$1/magic
	echo juha >$CFG/$1/binfmt
}

# stat IFACE FIELD: one counter from IFACE's stats attribute.
stat() {
	sed -n "s/^$2: //p" $CFG/$1/stats
}

# rounds N: how many times a race scenario repeats its race: N, divided
# by SCALE.  A slower kernel (the debug one) runs fewer rounds in about
# the same time; its checkers need far fewer rounds to catch a bad
# access than the race needs to show one on the normal kernel.
rounds() {
	echo $(($1 / SCALE))
}

# nap N: sleep N tenths of a second, times SCALE.
nap() {
	sleep $(($1 * SCALE / 10)).$(($1 * SCALE % 10))
}

# blocked_after TEXT: the restart program ($pid) has written a line
# starting with TEXT to ./out and is asleep in a call (the next one).
blocked_after() {
	grep -q "^$1" out && [ "$(cut -d' ' -f3 /proc/$pid/stat)" = S ]
}

# restart_test REG [VARIANT METHOD RET ERRNO_MAP]: run restart-REG (or
# restart-VARIANT) under a platform with the number in REG (and the entry
# method, return convention and errno map given) while stopping,
# continuing and signalling it in nanosleep, open and read (see
# progs/bare/restart.c).  Prints the program's output.
restart_test() {
	mkdir $CFG/rs
	printf '1 write\n2 nanosleep\n3 exit\n4 rt_sigaction\n5 rt_sigreturn\n6 read\n7 getpid\n10 open\n11 clock_gettime\n' >$CFG/rs/table
	echo "$1" >$CFG/rs/nr_reg
	[ -z "${3:-}" ] || echo "$3" >$CFG/rs/method
	[ -z "${4:-}" ] || echo "$4" >$CFG/rs/ret
	[ -z "${5:-}" ] || printf '%b' "$5" >$CFG/rs/errno
	echo RSTP >$CFG/rs/magic
	echo juha >$CFG/rs/binfmt
	cp /bin/restart-"${2:-$1}" ./rs
	printf RSTP | dd of=./rs bs=1 conv=notrunc 2>/dev/null
	mkfifo ./fifo
	# The program sleeps 3 s x SCALE, and every pause below is scaled
	# the same way (nap: tenths of a second), so that a slow kernel
	# keeps the order of events.
	./rs ./fifo $((3 * SCALE)) >out &
	pid=$!
	wait_until blocked_after ready
	nap 5
	kill -STOP $pid		# nanosleep: -ERESTART_RESTARTBLOCK, no handler
	nap 15
	kill -CONT $pid
	nap 3
	kill -USR1 $pid		# nanosleep: handler, -EINTR, sleeps the rest
	wait_until blocked_after "sleep:"	# now opening the FIFO
	kill -USR1 $pid		# open: -ERESTARTSYS, handler, SA_RESTART
	nap 3
	exec 4<>./fifo		# now blocked in read (O_RDWR never blocks)
	nap 3
	kill -USR1 $pid		# read: -ERESTARTSYS, handler, SA_RESTART
	nap 3
	kill -STOP $pid		# read: -ERESTARTSYS, no handler
	nap 3
	kill -CONT $pid
	nap 3
	echo go >&4
	wait $pid
	echo "exit $?" >>out
	exec 4>&-
	cat out
}

# cv_platform NAME MAGIC METHOD RET [ERRNO_MAP]: the platform of
# progs/conv.asm (1 write, 2 open, 3 exit, 4 getpid, number in rax) with
# the entry method, return convention and errno map given, and copies of
# conv, conv-r11 and their -int80 builds branded with MAGIC in the
# current directory.
cv_platform() {
	mkdir $CFG/$1 || fail "mkdir $1"
	printf '1 write\n2 open\n3 exit\n4 getpid\n' >$CFG/$1/table
	echo "$3" >$CFG/$1/method || fail "method $3"
	echo "$4" >$CFG/$1/ret || fail "ret $4"
	printf '%b' "${5:-}" >$CFG/$1/errno || fail "errno map"
	echo "$2" >$CFG/$1/magic
	echo juha >$CFG/$1/binfmt
	[ -z "$(cat $CFG/$1/table_error)" ] || fail "$1: $(cat $CFG/$1/table_error)"
	for p in conv conv-int80 conv-r11 conv-r11-int80; do
		cp /bin/$p ./$p-$1
		printf '%s' "$2" | dd of=./$p-$1 bs=1 conv=notrunc 2>/dev/null
	done
}

# cv_run PROG: run PROG, print its output and "exit N", with PID standing
# for its process id.
cv_run() {
	"$1" >cv.out &
	cv_pid=$!
	wait $cv_pid
	echo "exit $?" >>cv.out
	sed "s/=$cv_pid\$/=PID/" cv.out
}

# bsd_iface NAME OS PLATFORM OSABI: an interface for OS/amd64 programs
# from the files ifacectl ships: OS's table and errno map, "ret carry",
# selected by EI_OSABI OSABI (two hex digits), naming PLATFORM first (the
# table names its services); OS's module is loaded.
FBSD_FILES=/usr/share/syscall-iface/platforms
bsd_iface() {
	grep -q "^syscall_iface_$2 " /proc/modules ||
		insmod /lib/modules/syscall_iface_$2.ko || fail "insmod syscall_iface_$2"
	mkdir $CFG/$1 || fail "mkdir $1"
	echo "$3" >$CFG/$1/platform || fail "$1 platform"
	cat $FBSD_FILES/$2.table >$CFG/$1/table
	[ -z "$(cat $CFG/$1/table_error)" ] || fail "$1 table: $(cat $CFG/$1/table_error)"
	cat $FBSD_FILES/$2.errno >$CFG/$1/errno
	[ -z "$(cat $CFG/$1/table_error)" ] || fail "$1 errno: $(cat $CFG/$1/table_error)"
	echo carry >$CFG/$1/ret
	printf "\\x$4" >$CFG/$1/magic
	echo 7 >$CFG/$1/offset
	echo elf >$CFG/$1/binfmt || fail "$1 binfmt"
}

# freebsd_iface NAME [PLATFORM]: FreeBSD/amd64's (EI_OSABI 9), naming
# PLATFORM (default freebsd).
freebsd_iface() {
	bsd_iface "$1" freebsd "${2-freebsd}" 09
}

# netbsd_iface NAME: NetBSD/amd64's (EI_OSABI 2), with the netbsd platform.
netbsd_iface() {
	bsd_iface "$1" netbsd netbsd 02
}

# turbo_repo: a two-package monorepo for turbo in ./repo, which it
# enters: a's build reads b's output (dist/out).  The guest has no npm:
# a stand-in first in PATH runs a package's script as "npm run" would,
# and logs each call to $LOG (./npm.log).
turbo_repo() {
	mkdir -p bin repo/packages/a repo/packages/b || fail "mkdir repo"
	cat >bin/npm <<'NPM'
#!/bin/sh
echo "npm $* in ${PWD##*/}" >>"$LOG"
[ "$1" = run ] || exit 1
exec sh -c "$(sed -n "s/.*\"$2\": \"\([^\"]*\)\".*/\1/p" package.json)"
NPM
	chmod +x bin/npm
	export PATH=$PWD/bin:$PATH LOG=$PWD/npm.log
	cd repo || fail "no repo"
	printf '{ "name": "mono", "private": true, "workspaces": ["packages/*"], "packageManager": "npm@9.0.0" }\n' >package.json
	printf '{ "name": "mono", "lockfileVersion": 2, "requires": true, "packages": {} }\n' >package-lock.json
	printf '{ "pipeline": { "build": { "dependsOn": ["^build"], "outputs": ["dist/**"] } } }\n' >turbo.json
	printf 'dist\n.turbo\nnode_modules\n' >.gitignore
	printf '{ "name": "b", "version": "1.0.0", "scripts": { "build": "mkdir -p dist && echo b >dist/out" } }\n' >packages/b/package.json
	printf '{ "name": "a", "version": "1.0.0", "dependencies": { "b": "*" }, "scripts": { "build": "mkdir -p dist && cat ../b/dist/out >dist/out && echo a >>dist/out" } }\n' >packages/a/package.json
}
