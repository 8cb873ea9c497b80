#!/bin/bash
# Boot the guest once and run a directory of scenarios in it.
#
# Usage: harness/guest-run.sh OUTDIR [SCENARIO_DIR]
#
# Results land in OUTDIR/results/NAME/{out,err,rc,dmesg,files/}; the
# kernel console is OUTDIR/console.log.  Exits 0 if the guest ran every
# scenario and shut down, 1 otherwise (crash, panic, timeout, or an
# initramfs that did not fit in the guest's memory).
#
# Environment:
#   GUEST_TIMEOUT     hard limit for the whole boot, seconds (default 900
#                     times GUEST_SCALE)
#   SCENARIO_TIMEOUT  default limit for one scenario, seconds (default 120)
#   GUEST_ACCEL       tcg or kvm (default: tcg unless the KVM probe passed)
#   GUEST_TCG_THREAD  single (default): TCG runs the vCPUs in one host
#                     thread, in turn; multi: a thread each (QEMU's default)
#   GUEST_APPEND      extra kernel command line
#   GUEST_SCALE       multiply every scenario time limit (slow kernels; default 1)
#   GUEST_EXTRA_CPIO  more cpio archives to append (the selftests)
#   GUEST_SMP         virtual CPUs (default 2)
#   GUEST_PARALLEL    run the scenarios in this many guests at once
#                     (harness/guest-split.sh; default 1)
#   GUEST_MEM         guest memory (default 512M)
#   GUEST_QEMU_ARGS   more QEMU options (the benchmarks: -icount shift=0)
#   GUEST_KDIR, GUEST_KERNEL, GUEST_INITRD  tree, bzImage and base initramfs
#                     (default build/linux and build/initramfs.cpio)
set -u

repo=$(cd "$(dirname "$0")/.." && pwd)
out=$1
scen=${2:-$repo/tests/guest/scenarios}
kdir=${GUEST_KDIR:-$repo/build/linux}
kernel=${GUEST_KERNEL:-$kdir/arch/x86/boot/bzImage}
base=${GUEST_INITRD:-$repo/build/initramfs.cpio}

if [ "${GUEST_PARALLEL:-1}" -gt 1 ]; then
	exec "$repo/harness/guest-split.sh" "$out" "$scen"
fi

for f in "$kernel" "$base"; do
	[ -f "$f" ] || { echo "guest-run: $f is missing (make kernel initramfs)" >&2; exit 1; }
done

rm -rf "$out"
mkdir -p "$out/results"

# Append the scenarios to the base initramfs as a second cpio archive;
# the kernel unpacks concatenated archives in order.
list=$out/scenarios.list
: >"$list"
for s in "$scen"/*.sh; do
	[ -f "$s" ] && echo "file /scenarios/${s##*/} $s 0644 0 0" >>"$list"
done
"$kdir/usr/gen_init_cpio" "$list" >"$out/scenarios.cpio"
# shellcheck disable=SC2086
cat "$base" "$out/scenarios.cpio" ${GUEST_EXTRA_CPIO:-} >"$out/initrd.cpio"

accel=${GUEST_ACCEL:-$("$repo/harness/accel.sh")}
# TCG runs the vCPUs in turn, in one host thread.  With a thread per vCPU,
# QEMU 7.2 has let a vCPU run a breakpoint that text_poke_bp() had already
# taken out of a static branch (Oops: int3, with the restored byte in
# memory): stale translated code, which no hardware runs.  It took down
# guests of both kernels, in upstream code (sched_clock's key at boot, the
# tracepoints, net_get_random_once() in a native UDP send).
[ "$accel" = tcg ] && accel=tcg,thread=${GUEST_TCG_THREAD:-single}
# tsc=reliable: the clocksource watchdog reads the TSC and another clock
# back to back, and a vCPU that TCG sets aside in between (one host
# thread, two guests) made it call the TSC unstable and move to hpet,
# which the timekeeping-page scenarios need not to happen.
append_tsc="tsc=reliable"
# The whole boot's limit grows with the scenarios' (the debug kernel).
limit=${GUEST_TIMEOUT:-$((900 * ${GUEST_SCALE:-1}))}

# shellcheck disable=SC2086
timeout -k 5 "$limit" \
	qemu-system-x86_64 -accel "$accel" -m "${GUEST_MEM:-512M}" -smp "${GUEST_SMP:-2}" ${GUEST_QEMU_ARGS:-} \
	-nodefaults -display none -no-reboot -net none \
	-chardev file,id=con,path="$out/console.log" \
	-chardev file,id=res,path="$out/results.txt" \
	-serial chardev:con -serial chardev:res \
	-kernel "$kernel" -initrd "$out/initrd.cpio" \
	-append "console=ttyS0 panic=-1 oops=panic loglevel=7 $append_tsc \
harness.timeout=${SCENARIO_TIMEOUT:-120} harness.scale=${GUEST_SCALE:-1} ${GUEST_APPEND:-}" \
	</dev/null >"$out/qemu.log" 2>&1
qemu_rc=$?
echo "$qemu_rc" >"$out/qemu.rc"

# Split the result stream: one base64 tar per scenario.
awk -v dir="$out/results" '
	/^=== BEGIN / { name = $3; file = dir "/" name ".b64"; next }
	/^=== END /   { close(file); done[name] = 1; name = ""; next }
	name != ""    { print > file }
	END           { for (n in done) print n > (dir "/.complete") }
' "$out/results.txt" 2>/dev/null

if [ -f "$out/results/.complete" ]; then
	while read -r n; do
		mkdir -p "$out/results/$n"
		base64 -d <"$out/results/$n.b64" | tar -x -C "$out/results/$n" ||
			echo "guest-run: result of $n is corrupt" >&2
		rm -f "$out/results/$n.b64"
	done <"$out/results/.complete"
fi

# The kernel goes on when an initramfs does not fit in the guest's
# memory, without the files that did not: a failed boot, however its
# scenarios ended.
unpack=$(tr -d '\r' <"$out/console.log" |
	grep -m 1 -o 'Initramfs unpacking failed.*')
if [ -z "$unpack" ] && grep -q '^=== DONE' "$out/results.txt" 2>/dev/null; then
	echo ok >"$out/boot.status"
	exit 0
fi
case $qemu_rc in
124|137) why="killed after ${limit}s (GUEST_TIMEOUT)" ;;
*) why="guest stopped early (qemu exit $qemu_rc)" ;;
esac
[ -z "$unpack" ] ||
	why="$unpack: the initramfs does not fit in GUEST_MEM=${GUEST_MEM:-512M}"
echo "$why" >"$out/boot.status"
echo "guest-run: $why; last console lines:" >&2
tail -n 25 "$out/console.log" >&2
exit 1
