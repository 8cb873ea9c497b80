# test: stress-ng's syscall stressors as uid 1000, inside a foreign task whose interface maps every native number to itself, then natively beside foreign interfaces: no kernel report, and the interface counted at least every bogo op
# timeout: 900
. /lib/scenario.sh
. /lib/fuzz.sh
fuzz_setup
STRESSORS="enosys syscall sysbadaddr x86syscall signest sigsegv exec clone futex"
run_stress() {
	args=
	for s in $STRESSORS; do
		args="$args --$s 1"
	done
	# shellcheck disable=SC2086
	ifacetest asuser 1000 "$1" $args --timeout "$STRESS_SECONDS" \
		--metrics-brief --temp-path /tmp/fz --yaml "$2.yaml" >"$2" 2>&1
}
c0=$(stat idn syscalls)
run_stress /tmp/fz/stress-ng-idn /tmp/fz/foreign.log ||
	fail "stress-ng (foreign): $(tail -5 /tmp/fz/foreign.log)"
! grep "skipped" /tmp/fz/foreign.log || fail "a stressor was skipped"
ops=$(bogo_ops /tmp/fz/foreign.log.yaml)
counted=$(($(stat idn syscalls) - c0))
echo "stress-ng, foreign: $ops bogo ops, $counted calls counted by idn"
[ "$ops" -gt 0 ] || fail "no bogo ops: $(cat /tmp/fz/foreign.log.yaml)"
[ "$counted" -ge "$ops" ] || fail "idn counted $counted calls for $ops bogo ops"
run_stress /bin/stress-ng /tmp/fz/native.log ||
	fail "stress-ng (native): $(tail -5 /tmp/fz/native.log)"
ops=$(bogo_ops /tmp/fz/native.log.yaml)
echo "stress-ng, native: $ops bogo ops"
[ "$ops" -gt 0 ] || fail "no bogo ops: $(tail -5 /tmp/fz/native.log)"
cp /tmp/fz/*.log /tmp/fz/*.yaml "$OUT/"
