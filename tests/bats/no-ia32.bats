#!/usr/bin/env bats
# A kernel booted without its int $0x80 gate (ia32_emulation=0): its own
# boot, with the scenarios of tests/guest/no-ia32/.

load '../lib/common'

@test "no int \$0x80 gate: method int80 is refused with EOPNOTSUPP" {
	normal_kernel_only "one refusal, in a boot of its own"
	res=$BATS_TEST_TMPDIR/res
	GUEST_APPEND=ia32_emulation=0 run "$REPO/harness/guest-run.sh" \
		"$res" "$REPO/tests/guest/no-ia32"
	echo "$output"
	[ "$status" -eq 0 ]
	grep -q 'ia32_emulation=0' "$res/console.log"
	r=$res/results/method-int80-refused
	cat "$r/out" "$r/err"
	[ "$(cat "$r/rc")" -eq 0 ]
}
