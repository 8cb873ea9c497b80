# Sourced by the fuzzer scenarios (tests/guest/fuzzers/): . /lib/fuzz.sh
#
# harness.fuzz=N on the kernel command line scales the runs: trinity makes
# 1000 x N calls and stress-ng runs its stressors for N / 5 seconds (at
# least 2); tests/bats/fuzzers.bats passes the Makefile's FUZZ.
FUZZ=$(sed -n 's/.*harness\.fuzz=\([0-9]*\).*/\1/p' /proc/cmdline)
FUZZ=${FUZZ:-10}
CALLS=$((1000 * FUZZ))
STRESS_SECONDS=$((FUZZ / 5 > 2 ? FUZZ / 5 : 2))
# harness.seed=N replays a run: trinity's seed, printed on the console.
SEED=$(sed -n 's/.*harness\.seed=\([0-9]*\).*/\1/p' /proc/cmdline)

# fuzz_setup: "idn", a foreign interface that maps every native number to
# itself (and is bound, so foreign interfaces exist for the native runs),
# and copies of the fuzzers branded for it, in /tmp/fz owned by uid 1000.
fuzz_setup() {
	lx_platform idn IDNT
	mkdir -p /tmp/fz
	for b in trinity stress-ng; do
		ifacectl brand /bin/$b --magic IDNT -o /tmp/fz/$b-idn >/dev/null ||
			fail "brand $b"
	done
	chown -R 1000:1000 /tmp/fz
	cd /tmp/fz || fail "cd /tmp/fz"
}

# trinity_calls LOG: how many calls trinity says it made.
trinity_calls() {
	sed -n 's/.*Ran \([0-9]*\) syscalls.*/\1/p' "$1" | tail -n 1 | grep . || echo 0
}

# bogo_ops YAML: the bogo ops of every stressor in stress-ng's --yaml file.
bogo_ops() {
	awk '/bogo-ops:/ { n += $2 } END { print n + 0 }' "$1"
}
