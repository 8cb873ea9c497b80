#!/usr/bin/env bats
# Other people's fuzzers, Debian's trinity and stress-ng, in a boot of
# their own (their binaries and libraries are an extra initramfs archive,
# build/fuzzers.cpio).  Each runs as uid 1000 inside a foreign task whose
# interface maps every native number to itself, then natively while
# foreign interfaces exist.  FUZZ scales the runs (tests/guest/fuzz.sh):
# trinity makes 1000 x FUZZ calls each time.

load '../lib/common'

fuzz_boot() {
	FZ=$GUEST_RESULTS/fuzzers
	[ -f "$FZ/boot.status" ] && return
	mkdir -p "$FZ"
	# x86syscall runs only on a CPU that calls itself Intel.  The time
	# limits grow with the size: one more unit for every 50 of FUZZ.
	GUEST_SCALE=$(( ${GUEST_SCALE:-1} * (1 + ${FUZZ:-10} / 50) )) \
		GUEST_EXTRA_CPIO=$REPO/build/fuzzers.cpio GUEST_MEM=2G \
		GUEST_QEMU_ARGS="-cpu qemu64,vendor=GenuineIntel" \
		GUEST_APPEND="harness.fuzz=${FUZZ:-10}${FUZZ_SEED:+ harness.seed=$FUZZ_SEED}" \
		"$REPO/harness/guest-run.sh" "$FZ" "$REPO/tests/guest/fuzzers" \
		>"$GUEST_RESULTS/fuzzers.log" 2>&1 || true
	[ -f "$FZ/boot.status" ] || tail -n 3 "$GUEST_RESULTS/fuzzers.log" >"$FZ/boot.status"
}

# fuzz_passes NAME: the fuzzer scenario ran and exited 0.
fuzz_passes() {
	fuzz_boot
	local r=$FZ/results/$1
	echo "boot: $(cat "$FZ/boot.status")"
	[ -f "$r/rc" ] || { console_lost "$FZ/console.log"; return 1; }
	cat "$r/out" "$r/err"
	[ "$(cat "$r/rc")" -eq 0 ]
}

@test "fuzzers: trinity, foreign and native, as uid 1000" {
	fuzz_passes trinity
}

@test "fuzzers: stress-ng syscall stressors, foreign and native, as uid 1000" {
	fuzz_passes stress-ng
}

@test "fuzzers: the FreeBSD platform's own fuzzer, FreeBSD numbers and unmapped ones, as uid 1000" {
	fuzz_passes freebsd
}

@test "fuzzers: the NetBSD platform's own fuzzer, NetBSD numbers and unmapped ones, as uid 1000" {
	fuzz_passes netbsd
}

@test "fuzzers: the guest stayed up, with no BUG, WARNING, KASAN, lockdep or kmemleak report" {
	fuzz_boot
	grep -q ok "$FZ/boot.status"
	GUEST_RESULTS=$GUEST_RESULTS/fuzzers-console
	mkdir -p "$GUEST_RESULTS/boot"
	cp "$FZ/console.log" "$FZ/boot.status" "$GUEST_RESULTS/boot/"
	console_clean
}
