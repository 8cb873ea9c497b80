# test: trinity as uid 1000, inside a foreign task whose interface maps every native number to itself, then natively beside foreign interfaces: no kernel report, and the interface counted every call trinity made
# timeout: 900
. /lib/scenario.sh
. /lib/fuzz.sh
fuzz_setup
# run_trinity PROG NAME: trinity's run in a fresh directory of uid 1000
# (its test files live there, in the guest's memory), log in NAME.log.
# Its seed goes to the console first, so a run that crashes the guest can
# be replayed (harness.seed, tests/guest/fuzz.sh).
# modify_ldt is left out: with 32-bit calls it can wedge a TCG guest on
# vanilla 6.12 too (see harness/selftests-build.sh on x86/ldt_gdt).
run_trinity() {
	mkdir "/tmp/fz/$2" && chown 1000:1000 "/tmp/fz/$2" && cd "/tmp/fz/$2" ||
		fail "mkdir /tmp/fz/$2"
	seed=${SEED:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}
	echo "fuzz: trinity ($2) with seed $seed" >/dev/kmsg
	ifacetest asuser 1000 "$1" -q -C 2 -N "$CALLS" -s "$seed" -x modify_ldt \
		--disable-fds=sockets >"/tmp/fz/$2.log" 2>&1
	rc=$?
	cd /tmp/fz && rm -rf "/tmp/fz/$2"
	cp "/tmp/fz/$2.log" "$OUT/"
	[ $rc -eq 0 ] || fail "trinity ($2) exited $rc: $(tail -5 "/tmp/fz/$2.log")"
}
c0=$(stat idn syscalls)
run_trinity /tmp/fz/trinity-idn foreign
made=$(trinity_calls foreign.log)
counted=$(($(stat idn syscalls) - c0))
echo "trinity, foreign: $made calls made, $counted counted by idn"
[ "$made" -ge "$CALLS" ] || fail "trinity made $made calls: $(tail -5 foreign.log)"
[ "$counted" -ge "$made" ] || fail "idn counted $counted of $made calls"
run_trinity /bin/trinity native
made=$(trinity_calls native.log)
echo "trinity, native: $made calls made"
[ "$made" -ge "$CALLS" ] || fail "trinity made $made calls: $(tail -5 native.log)"
