# test: trinity as uid 1000, inside a foreign task whose interface maps every native number to itself, then natively beside foreign interfaces: no kernel report, and the interface counted every call trinity made
# timeout: 900
. /lib/scenario.sh
. /lib/fuzz.sh
fuzz_setup
# run_trinity PROG NAME: trinity's run as uid 1000 in a fresh directory,
# log in NAME.log.  Its seed goes to the console first, so a run that
# crashes the guest can be replayed (harness.seed, tests/guest/fuzz.sh).
# Its test files live in a tmpfs of their own, of 256 MB, and it keeps no
# memfds among the descriptors it fuzzes: it grows those without bound,
# and they filled the guest's 2 GB until the OOM killer stopped trinity.
# modify_ldt is left out: with 32-bit calls it can wedge a TCG guest on
# vanilla 6.12 too (see harness/selftests-build.sh on x86/ldt_gdt).
# perf_event_open and perf descriptors are left out too: perf events
# turn perf's static key on and off, and under TCG a CPU could later
# still run the int3 of a patch already finished ("Oops: int3" in
# __schedule after perf_sched_delayed disabled perf_sched_events: the
# debug-kernel CI run of 2026-12-05, and one in eight runs here, both
# in trinity's native phase).
run_trinity() {
	d=/tmp/fz/$2
	mkdir "$d" && mount -t tmpfs -o size=256m tmpfs "$d" &&
		chown 1000:1000 "$d" && cd "$d" || fail "tmpfs $d"
	seed=${SEED:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}
	echo "fuzz: trinity ($2) with seed $seed" >/dev/kmsg
	ifacetest asuser 1000 "$1" -q -C 2 -N "$CALLS" -s "$seed" -x modify_ldt -x perf_event_open \
		--disable-fds=sockets,memfd,perf >"/tmp/fz/$2.log" 2>&1
	rc=$?
	cd /tmp/fz && umount "$d" && rmdir "$d"
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
