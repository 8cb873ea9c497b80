#!/usr/bin/env bats
# Upstream kernel selftests (seccomp, syscall_user_dispatch, ptrace, exec,
# prctl, x86), vanilla 6.12 against ours: harness/selftests.sh.

load '../lib/common'

@test "upstream selftests: identical pass/fail/skip lists on vanilla 6.12 and ours" {
	# The comparison needs both kernels built from one configuration; the
	# debug kernel's checkers also make timing-bound tests time out.
	[ "${FLAVOR:-}" != debug ] || skip "compared on the normal kernel (make test)"
	res=$GUEST_RESULTS/selftests
	run "$REPO/harness/selftests.sh" "$res"
	cat "$res/summary.txt" 2>/dev/null || true
	echo "$output" | tail -n 40
	[ "$status" -eq 0 ]
	# Not a vacuous comparison: hundreds of results, most of them passes.
	[ "$(wc -l <"$res/ours.txt")" -ge 150 ]
	[ "$(grep -c '^pass' "$res/ours.txt")" -ge 120 ]
	grep -qP '^pass\tseccomp/seccomp_bpf:global.mode_strict_support$' "$res/ours.txt"
	grep -qP '^pass\tsyscall_user_dispatch/sud_test' "$res/ours.txt"
	grep -qP '^pass\tx86/syscall_nt_64$' "$res/ours.txt"
	grep -qP '^pass\tx86/syscall_nt_32$' "$res/ours.txt"
}

@test "upstream selftests: the recorded vanilla list is what vanilla 6.12 gives" {
	# make test compares ours with tests/guest/selftests/vanilla.txt and
	# boots vanilla only when they differ; make test-long boots it
	# (SELFTESTS_VANILLA=live), and this keeps the record true.
	[ "${FLAVOR:-}" != debug ] || skip "compared on the normal kernel (make test)"
	[ "${SELFTESTS_VANILLA:-record}" = live ] || skip "vanilla's recorded list: make test-long boots vanilla"
	res=$GUEST_RESULTS/selftests
	[ "$(cat "$res/vanilla.source")" = live ]
	run diff "$REPO/tests/guest/selftests/vanilla.txt" "$res/vanilla.txt"
	echo "$output"
	echo "(if vanilla's results changed: cp $res/vanilla.txt tests/guest/selftests/)"
	[ "$status" -eq 0 ]
}

# harness/selftests-verdict.sh on made-up lists: a difference stands only
# if it reproduces.
verdict_lists() { # verdict_lists VANILLA OURS: the first results of x86/b
	d=$BATS_TEST_TMPDIR/st
	mkdir -p "$d/rerun"
	printf 'pass\tx86/a\n%s\tx86/b\n' "$1" >"$d/vanilla.txt"
	printf 'pass\tx86/a\n%s\tx86/b\n' "$2" >"$d/ours.txt"
}

@test "selftests verdict: a difference that reproduces on every rerun stands" {
	verdict_lists pass fail
	printf 'pass\tx86/b\n' >"$d/rerun/vanilla.1.txt"
	printf 'fail\tx86/b\n' >"$d/rerun/ours.1.txt"
	run "$REPO/harness/selftests-verdict.sh" "$d"
	[ "$status" -eq 1 ]
	[ "$output" = "$(printf 'differs\tx86/b\tvanilla pass pass\tours fail fail')" ]
}

@test "selftests verdict: a difference one kernel's rerun undoes is unsteady, not a failure" {
	# CI once saw x86/fsgsbase_64 fail on vanilla and pass on ours.
	verdict_lists fail pass
	printf 'pass\tx86/b\n' >"$d/rerun/vanilla.1.txt"
	printf 'pass\tx86/b\n' >"$d/rerun/ours.1.txt"
	run "$REPO/harness/selftests-verdict.sh" "$d"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf 'unsteady\tx86/b\tvanilla fail pass\tours pass pass')" ]
}

@test "selftests verdict: a test missing from one kernel's list differs as absent" {
	verdict_lists pass pass
	printf 'pass\tx86/c\n' >>"$d/ours.txt"
	run "$REPO/harness/selftests-verdict.sh" "$d"
	[ "$status" -eq 1 ]
	[ "$output" = "$(printf 'differs\tx86/c\tvanilla absent\tours pass')" ]
}

@test "selftests verdict: identical lists have nothing to say" {
	verdict_lists fail fail
	run "$REPO/harness/selftests-verdict.sh" "$d"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

# The foreign run against ours (selftests-verdict.sh --foreign).
foreign_lists() { # foreign_lists OURS FOREIGN: the first results of seccomp/b
	d=$BATS_TEST_TMPDIR/st
	mkdir -p "$d/rerun"
	printf 'pass\tseccomp/a\n%s\tseccomp/b\npass\tx86/c\n' "$1" >"$d/ours.txt"
	printf 'pass\tseccomp/a\n%s\tseccomp/b\n' "$2" >"$d/foreign.txt"
}

@test "selftests verdict: a foreign-process difference that ours' rerun undoes is unsteady" {
	# CI once saw seccomp_bpf's TRACE_syscall.seccomp.syscall_errno time
	# out on ours, natively, and pass on every rerun and in the foreign run.
	foreign_lists fail pass
	printf 'pass\tseccomp/b\n' >"$d/rerun/ours.1.txt"
	run "$REPO/harness/selftests-verdict.sh" --foreign "$d"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf 'unsteady\tseccomp/b\tours fail pass\tforeign pass')" ]
}

@test "selftests verdict: a foreign-process difference that no rerun undoes stands" {
	foreign_lists pass fail
	printf 'pass\tseccomp/b\n' >"$d/rerun/ours.1.txt"
	run "$REPO/harness/selftests-verdict.sh" --foreign "$d"
	[ "$status" -eq 1 ]
	[ "$output" = "$(printf 'differs\tseccomp/b\tours pass pass\tforeign fail')" ]
	rm "$d/rerun/ours.1.txt"
	run "$REPO/harness/selftests-verdict.sh" --foreign "$d"
	[ "$status" -eq 1 ]
	[ "$output" = "$(printf 'differs\tseccomp/b\tours pass\tforeign fail')" ]
}

@test "selftests verdict: a foreign-process difference that a foreign rerun undoes is unsteady" {
	foreign_lists pass fail
	printf 'fail\tseccomp/b\n' >"$d/rerun/foreign.1.txt"
	printf 'pass\tseccomp/b\n' >"$d/rerun/foreign.2.txt"
	run "$REPO/harness/selftests-verdict.sh" --foreign "$d"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf 'unsteady\tseccomp/b\tours pass\tforeign fail fail pass')" ]
	# Reruns that give the foreign result again leave the difference.
	printf 'fail\tseccomp/b\n' >"$d/rerun/foreign.2.txt"
	run "$REPO/harness/selftests-verdict.sh" --foreign "$d"
	[ "$status" -eq 1 ]
	[ "$output" = "$(printf 'differs\tseccomp/b\tours pass\tforeign fail fail fail')" ]
}

@test "selftests verdict: a seccomp or ptrace test missing from the foreign run differs" {
	foreign_lists pass pass
	printf 'pass\tptrace/d\n' >>"$d/ours.txt"
	run "$REPO/harness/selftests-verdict.sh" --foreign "$d"
	[ "$status" -eq 1 ]
	[ "$output" = "$(printf 'differs\tptrace/d\tours pass\tforeign absent')" ]
	# Identical seccomp and ptrace results: nothing to say (x86/c is not
	# run in the foreign process).
	foreign_lists fail fail
	run "$REPO/harness/selftests-verdict.sh" --foreign "$d"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}
