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
