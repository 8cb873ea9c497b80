# Helpers shared by the bats files.  Load with: load '../lib/common'
# (tests/run exports REPO, SCENARIO_DIR and GUEST_RESULTS).

: "${REPO:=$(cd "$BATS_TEST_DIRNAME/../.." && pwd)}"
: "${SCENARIO_DIR:=$REPO/tests/guest/scenarios}"
: "${GUEST_RESULTS:=$BATS_RUN_TMPDIR/guest}"

# Boot the guests once for the whole run (two at once, each with a share
# of the scenarios: harness/guest-split.sh); later calls reuse the results.
guest_boot() {
	if [ ! -f "$GUEST_RESULTS/boot/boot.status" ]; then
		mkdir -p "$GUEST_RESULTS/boot"
		GUEST_PARALLEL=${GUEST_PARALLEL:-2} "$REPO/harness/guest-run.sh" \
			"$GUEST_RESULTS/boot" "$SCENARIO_DIR" >"$GUEST_RESULTS/boot.log" 2>&1
		[ -f "$GUEST_RESULTS/boot/boot.status" ] ||
			tail -n 3 "$GUEST_RESULTS/boot.log" >"$GUEST_RESULTS/boot/boot.status"
	fi
}

# scenario NAME: load one scenario's results.  Sets
#   status  its exit status     output  its stdout
#   stderr  its stderr          dmesg   kernel log while it ran
#   files   the directory it wrote as $OUT
# Fails (with the guest's console tail) if the scenario left no result.
scenario() {
	local r=$GUEST_RESULTS/boot/results/$1
	guest_boot
	if [ ! -f "$r/rc" ]; then
		echo "scenario $1: no result; boot: $(cat "$GUEST_RESULTS/boot/boot.status" 2>/dev/null)"
		[ -f "$SCENARIO_DIR/$1.sh" ] || echo "scenario $1: no such file $SCENARIO_DIR/$1.sh"
		console_lost "$GUEST_RESULTS/boot/console.log"
		return 1
	fi
	status=$(cat "$r/rc")
	output=$(cat "$r/out")
	stderr=$(cat "$r/err")
	dmesg=$(cat "$r/dmesg")
	files=$r/files
}

# scenario_passes NAME: the scenario ran and exited 0.
scenario_passes() {
	scenario "$1" || return 1
	if [ "$status" -ne 0 ]; then
		local why=
		[ "$status" -ne 137 ] || why=" (SIGKILL: its time limit?)"
		echo "scenario $1 exited $status$why"
		echo "--- stdout"; echo "$output"
		echo "--- stderr"; echo "$stderr"
		echo "--- kernel log"; echo "$dmesg" | tail -n 20
		if [ -s "$GUEST_RESULTS/boot/results/$1/running" ]; then
			echo "--- still running (pid state wchan interface: command)"
			cat "$GUEST_RESULTS/boot/results/$1/running"
		fi
		return 1
	fi
}

# console_clean: the guest's kernel console has no BUG (KASAN reports
# start with one), WARNING (lockdep splats too), oops, panic, UBSAN or
# kmemleak report.  Prints the offending lines and what follows them.
console_clean() {
	local log=$GUEST_RESULTS/boot/console.log
	guest_boot
	[ -f "$log" ] || { echo "no console log"; return 1; }
	local re='BUG:|WARNING:|Oops|Kernel panic|UBSAN:|KASAN:|suspected memory leak|unreferenced object|INFO: (task|possible|rcu)'
	if grep -qE "$re" "$log"; then
		grep -nE -A 25 "$re" "$log" | head -n 80
		return 1
	fi
}

# console_lost LOG: why a boot left no result.  The first report on the
# console (oops, panic, OOM, KASAN, ...) from its first line, since the
# console's tail is often only the bottom of a long stack, then the tail.
console_lost() {
	local re='BUG:|WARNING:|Oops|general protection|Kernel panic|invoked oom-killer|UBSAN:|KASAN:|INFO: (task|possible|rcu)'
	[ -f "$1" ] || { echo "no console log"; return 0; }
	if grep -qE "$re" "$1"; then
		echo "--- first report on the console"
		grep -m 1 -nE -A 40 "$re" "$1"
	fi
	echo "--- console tail"
	tail -n 15 "$1"
}

# normal_kernel_only WHY: skip on the debug kernel unless make test-long
# runs it (TEST_LONG).  For tests of the harness and the tools, where the
# debug kernel's checkers find nothing the scenarios do not exercise, and
# for the long suites.
normal_kernel_only() {
	[ "${FLAVOR:-}" != debug ] || [ -n "${TEST_LONG:-}" ] ||
		skip "$1: on the debug kernel by make test-long"
}
