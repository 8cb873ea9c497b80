# test: configfs writers race foreign tasks for 60 s (tables, bind/unbind, rmdir/mkdir; fork, exec, threads, exit); no oops, interface and task counts return
# timeout: 300
. /lib/scenario.sh
secs=${RACE_SECONDS:-60}

# Interfaces in the registry (deleted ones still in use included), and the
# tasks counted on foreign ones, from /sys/kernel/syscall_iface/stats.
# (Not the total: "linux" counts every thread, kernel threads too, and
# those come and go on their own, the debug kernel's most of all.)
ifaces() { sed '1d;$d' $STATS | wc -l; }
tasks() { sed '1d;$d' $STATS | awk '$1 != "linux" { n += $3 } END { print n + 0 }'; }
i0=$(ifaces) t0=$(tasks)

lx_platform lx LXID
cv_platform cv CVR1 syscall linux
cp /tmp/lx.table without
{ cat /tmp/lx.table; echo "2000 getpid"; } >with
printf '0 getpid\n1 exit_group\n' >small
start=$(date +%s)
end=$((start + secs))
hard=$((end + 2 * secs))
min=10
# going N: a loop that has done N rounds (or writes) goes on for $secs
# seconds, and after that until N reaches $min, but never past 3 x $secs:
# a slow kernel (the debug one) stretches the race instead of thinning it.
going() {
	now=$(date +%s)
	[ "$now" -lt $hard ] && { [ "$now" -lt $end ] || [ "$1" -lt $min ]; }
}
# The tasks go on while any writer does.
writing() { [ "$(ls done.* 2>/dev/null | wc -l)" -lt 4 ] && [ "$(date +%s)" -lt $hard ]; }

# Writers.  Failures are expected (the interface may be gone for a moment)
# and counted; what matters is that the kernel survives and stays exact.
{
	n=0
	while going $n; do
		cat with >$CFG/lx/table; cat without >$CFG/lx/table
		echo rbx >$CFG/lx/nr_reg; echo rax >$CFG/lx/nr_reg
		n=$((n + 4))
	done 2>/dev/null
	echo "table writes $n" >w1
	: >done.w1
} &
{
	n=0
	while going $n; do
		ifacectl unbind lx; ifacectl bind lx juha
		n=$((n + 2))
	done >/dev/null 2>&1
	echo "bind/unbind $n" >w2
	: >done.w2
} &
{
	n=0
	while going $n; do
		# the interface the tasks use goes away and comes back
		rmdir $CFG/lx && mkdir $CFG/lx && cat without >$CFG/lx/table &&
			echo LXID >$CFG/lx/magic && echo juha >$CFG/lx/binfmt
		# and others come and go next to it
		mkdir $CFG/tmp$n && cat small >$CFG/tmp$n/table &&
			echo TMP$n >$CFG/tmp$n/magic && echo juha >$CFG/tmp$n/binfmt
		rmdir $CFG/tmp$n
		n=$((n + 1))
	done 2>/dev/null
	echo "rmdir/mkdir rounds $n" >w3
	: >done.w3
} &
# The entry method, the return convention and the errno map of "cv" flip
# while conv (syscall build; it always ends: see progs/conv.asm) runs under
# it.  Not conv-int80: under method syscall its int $0x80 calls are ia32
# ones (fork, read), which would leave orphans behind.
{
	n=0
	while going $n; do
		echo int80 >$CFG/cv/method; echo carry >$CFG/cv/ret
		printf 'ENOENT 44\n' >$CFG/cv/errno; echo syscall >$CFG/cv/method
		echo linux >$CFG/cv/ret; : >$CFG/cv/errno
		n=$((n + 6))
	done 2>/dev/null
	echo "method/ret/errno writes $n" >w4
	: >done.w4
} &

# Tasks: foreign programs that call, fork, start threads, exec and exit.
# While nr_reg is rbx, a glibc program's calls decode from whatever rbx
# holds, so one may block for good (pause, a futex wait, a read): each
# run is killed after 20 s x SCALE, and counted.  The kernel's side is
# what is checked: killed or not, every task must let go of its interface.
run() {
	timeout -s KILL $((20 * SCALE)) "$@"
	[ $? -ne 137 ] || echo "$*" >>killed
}
task() {
	n=0
	while going $n || writing; do
		run ifacetest-lx fork
		run ifacetest-lx thread
		run ifacetest-lx exec /bin/ifacetest-lx name
		run ifacetest-lx hammer 2 50
		run ifacetest-lx call 2000
		run ifacectl run lx -- /bin/ifacetest name
		n=$((n + 6))
	done >/dev/null 2>&1
	echo "task runs $n" >"t$1"
}
task 1 &
task 2 &
{
	n=0
	while going $n || writing; do
		run ./conv-cv
		n=$((n + 1))
	done >/dev/null 2>&1
	echo "conv runs $n" >t3
} &
wait
raced=$(($(date +%s) - start))
cat w1 w2 w3 w4 t1 t2 t3
echo "runs killed after 20 s: $(cat killed 2>/dev/null | wc -l)"

# Children of a killed run (ifacetest fork) may still be blocked; they
# go the same way.
strays=0
for s in /proc/[0-9]*/status; do
	grep -qE '^SyscallIface:[[:space:]](lx|cv)$' "$s" 2>/dev/null || continue
	p=${s#/proc/}
	kill -KILL "${p%/status}" 2>/dev/null && strays=$((strays + 1))
done
echo "strays killed: $strays"

# With every task gone, the foreign interfaces (deleted ones still held
# included) count no task; then everything made here goes, and the
# registry is back where it was: a deleted interface is freed only when
# its last task has let go.
tasks_back() { [ "$(tasks)" = "$t0" ]; }
ifaces_back() { [ "$(ifaces)" = "$i0" ]; }
settle tasks_back
cat $STATS
expect_eq "$(tasks)" "$t0" "tasks on foreign interfaces after the race"
rmdir $CFG/lx $CFG/cv $CFG/tmp* 2>/dev/null
settle ifaces_back
expect_eq "$(ifaces)" "$i0" "interfaces after the race"
for f in w1 w2 w3 w4 t1 t2 t3; do
	set -- $(cat $f)
	eval "n=\${$#}"
	[ "$n" -ge $min ] || fail "$f did too little: $(cat $f)"
done
echo "raced $raced s (at least $secs)"
