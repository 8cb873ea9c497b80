#!/usr/bin/env bats
# Go's own standard-library tests as the BSD platforms' conformance
# suite: the packages of tests/gotests/packages, each built for linux,
# freebsd and netbsd (harness/gotests-build.sh, build/gotests.cpio) and
# run in a boot of their own, natively and under the platforms
# (tests/guest/gotests/, tests/gotests/run.sh).

load '../lib/common'

gotests_boot() {
	GT=$GUEST_RESULTS/gotests
	[ -f "$GT/boot.status" ] && return
	mkdir -p "$GT"
	# The suites' archive (600 MB) unpacks into a rootfs that holds
	# half the guest's memory.
	GUEST_EXTRA_CPIO=$REPO/build/gotests-${GOTESTS:-all}.cpio GUEST_MEM=4G \
		"$REPO/harness/guest-run.sh" "$GT" "$REPO/tests/guest/gotests" \
		>"$GUEST_RESULTS/gotests.log" 2>&1
	[ -f "$GT/boot.status" ] || tail -n 3 "$GUEST_RESULTS/gotests.log" >"$GT/boot.status"
}

@test "Go's test suites: every test that passes natively passes under the freebsd platform, but the known differences" {
	# Under KASAN and lockdep the suites take most of an hour.
	normal_kernel_only "an hour under KASAN and lockdep"
	gotests_boot
	echo "boot: $(cat "$GT/boot.status")"
	r=$GT/results/suites
	run "$REPO/harness/gotests-verdict.sh" "$r/files" \
		"$REPO/tests/gotests/known-differences"
	# The new differences first: a long log is cut in the middle.
	echo "$output" | grep '^NEW' || true
	cat "$r/out" "$r/err" 2>/dev/null
	echo "$output"
	echo "$output" >"$GUEST_RESULTS/gotests.txt"
	[ "$status" -eq 0 ]
	[ "$(cat "$r/rc")" -eq 0 ]
	# Not vacuous: each package passed tests natively, or, one the
	# BSDs' alone (x/net/route), under the platform.
	for p in $(cat "$r/files/packages"); do
		col=3 where=natively
		[ -f "$r/files/$(echo "$p" | tr / -).linux.list" ] ||
			col=7 where="under freebsd"
		pass=$(echo "$output" | awk -v p="$p" -v c=$col '$1 == p { print $c }')
		[ "${pass:-0}" -ge 1 ] || { echo "$p: no test passed $where"; return 1; }
	done
}

@test "Go's test suites: every test that passes natively passes under the netbsd platform, but the known differences" {
	normal_kernel_only "an hour under KASAN and lockdep"
	gotests_boot
	echo "boot: $(cat "$GT/boot.status")"
	r=$GT/results/suites
	run "$REPO/harness/gotests-verdict.sh" "$r/files" \
		"$REPO/tests/gotests/known-differences.netbsd" netbsd
	echo "$output" | grep '^NEW' || true
	echo "$output"
	echo "$output" >"$GUEST_RESULTS/gotests-netbsd.txt"
	[ "$status" -eq 0 ]
	[ "$(cat "$r/rc")" -eq 0 ]
	# Not vacuous: each package built for netbsd ran, and tests passed.
	for p in $(cat "$r/files/packages"); do
		[ -f "$r/files/$(echo "$p" | tr / -).netbsd.list" ] || continue
		pass=$(echo "$output" | awk -v p="$p" '$1 == p { print $7 }')
		[ "${pass:-0}" -ge 1 ] || { echo "$p: no test passed under netbsd"; return 1; }
	done
}

@test "Go's test suites: the guest stayed up, with no BUG, WARNING, KASAN, lockdep or kmemleak report" {
	normal_kernel_only "an hour under KASAN and lockdep"
	gotests_boot
	grep -q ok "$GT/boot.status"
	GUEST_RESULTS=$GUEST_RESULTS/gotests-console
	mkdir -p "$GUEST_RESULTS/boot"
	cp "$GT/console.log" "$GT/boot.status" "$GUEST_RESULTS/boot/"
	console_clean
}
