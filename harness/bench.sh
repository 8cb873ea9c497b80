#!/bin/bash
# make bench: boot the vanilla 6.12 kernel and ours under QEMU with
# deterministic instruction counting, run bench/guest/scenarios/bench.sh on
# each, and write bench/results.md and bench/results.png.
#
# Usage: harness/bench.sh
#
# BENCH_FLAVOR=mitigations (make bench-mitigations) boots
# build/vanilla-mitigations and build/linux-mitigations instead, on a CPU
# that calls itself Intel so that the kernel turns the mitigations on
# (page table isolation among them), and writes
# bench/results-mitigations.md.  -icount counts instructions, so the
# figures show what the mitigations add to a call in instructions, not
# the cache and TLB misses they cause on hardware.
#
# -icount shift=0 makes one guest nanosecond one instruction; with
# sleep=off idle time does not count either, and one CPU keeps the run
# deterministic.  So the figures are instructions per call, and repeat
# from run to run however busy the host is.
set -u -o pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
flavor=${BENCH_FLAVOR:-}
suffix=${flavor:+-$flavor}
out=$repo/build/bench$suffix
rm -rf "$out"
mkdir -p "$out/scen"
cp "$repo/bench/guest/scenarios/bench.sh" "$out/scen/"
# The esbuild row's Linux build and input (harness/bench-cpio.sh).
export GUEST_EXTRA_CPIO=$repo/build/bench.cpio
qemu_args="-icount shift=0,sleep=off"
[ "$flavor" != mitigations ] || qemu_args="$qemu_args -cpu qemu64,vendor=GenuineIntel"
export GUEST_SMP=1 GUEST_QEMU_ARGS="$qemu_args"
export GUEST_TIMEOUT=${GUEST_TIMEOUT:-3600} SCENARIO_TIMEOUT=3000

for k in vanilla ours; do
	case $k in
	vanilla) kd=$repo/build/vanilla$suffix ;;
	ours) kd=$repo/build/linux$suffix ;;
	esac
	echo "bench: booting $k (TCG, -icount shift=0)" >&2
	GUEST_KDIR=$kd "$repo/harness/guest-run.sh" "$out/$k" "$out/scen" \
		>"$out/$k.log" 2>&1 || { cat "$out/$k.log" >&2; exit 1; }
	r=$out/$k/results/bench
	if [ "$(cat "$r/rc" 2>/dev/null)" != 0 ]; then
		echo "bench: the benchmark failed on $k:" >&2
		cat "$r/out" "$r/err" >&2
		exit 1
	fi
	cp "$r/out" "$out/$k.txt"
done

v() { awk -v k="$1" '$1 == k { print $2 }' "$out/$2.txt"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "-" }'; }
vn=$(v native_getppid vanilla)
on=$(v native_getppid ours)
esv=$(v esbuild_version ours)

res=$repo/bench/results$suffix.md
{
	echo "# Benchmark results"
	echo
	echo "\`make bench$suffix\`, $(date -u +%Y-%m-%d): QEMU TCG, one CPU, \`$qemu_args\`,"
	echo "so a guest nanosecond is one instruction.  Each figure is the median of 7"
	echo "runs of a calibrated loop (about 4 million instructions each; exec: 40"
	echo "cycles), in instructions per call.  Ratios are to native getppid on the"
	echo "same kernel.  Guest clocksource: $(v clocksource ours)."
	echo
	if [ -n "$flavor" ]; then
		echo "What our kernel reported of its mitigations at boot:"
		echo
		grep -aoE '(Spectre V[12]|Kernel/User page tables isolation|MDS|TAA|MMIO Stale Data|RETBleed|Speculative Store Bypass|SRBDS|GDS|Register File Data Sampling|Speculative Return Stack Overflow|ITS|Transient Scheduler Attacks|L1TF|x86/bugs)[^[:cntrl:]]*' \
			"$out/ours/console.log" | sort -u | sed 's/^/- /'
		echo
	fi
	echo "| what | vanilla 6.12 | ours | ratio |"
	echo "|---|---:|---:|---:|"
	row() { # row LABEL KEY RATIO_BASE
		local a b
		a=$(v "$2" vanilla)
		b=$(v "$2" ours)
		printf '| %s | %s | %s | %s |\n' "$1" "${a:--}" "${b:--}" \
			"$(ratio "${b:-$a}" "$3")"
	}
	printf '| native getppid | %s | %s | %s (ours / vanilla) |\n' "$vn" "$on" "$(ratio "$on" "$vn")"
	row "foreign getppid, number in rax" foreign_getppid_rax "$on"
	row "foreign getppid, number in rbx" foreign_getppid_rbx "$on"
	printf '| %s | %s | %s | %s (ours / vanilla) |\n' "native 6-argument call (futex, bad op)" \
		"$(v native_6arg vanilla)" "$(v native_6arg ours)" \
		"$(ratio "$(v native_6arg ours)" "$(v native_6arg vanilla)")"
	row "foreign 6-argument call" foreign_6arg "$(v native_6arg ours)"
	printf '| %s | %s | %s | %s (ours / vanilla) |\n' "native ENOSYS (number 1000)" \
		"$(v native_enosys vanilla)" "$(v native_enosys ours)" \
		"$(ratio "$(v native_enosys ours)" "$(v native_enosys vanilla)")"
	row "foreign unmapped number" foreign_unmapped "$(v native_enosys ours)"
	printf '| %s | %s | %s | %s (ours / vanilla) |\n' "native ia32 getppid through int \$0x80" \
		"$(v native_int80 vanilla)" "$(v native_int80 ours)" \
		"$(ratio "$(v native_int80 ours)" "$(v native_int80 vanilla)")"
	row "the same, while an interface has method int80" native_int80_on "$(v native_int80 ours)"
	row "foreign getppid through int \$0x80 (method int80)" foreign_int80 "$(v native_int80 ours)"
	row "foreign getppid, carry convention (ret carry)" foreign_carry "$on"
	row "FreeBSD getppid (39), freebsd platform, carry" freebsd_getppid "$on"
	printf '| %s | %s | %s | %s (ours / vanilla) |\n' "native clock_gettime (the syscall)" \
		"$(v native_clock vanilla)" "$(v native_clock ours)" \
		"$(ratio "$(v native_clock ours)" "$(v native_clock vanilla)")"
	row "FreeBSD clock_gettime (232), translated by a service" freebsd_clock "$(v native_clock ours)"
	printf '| %s | %s | %s | %s (ours / vanilla) |\n' \
		"Go's time.Now(), Linux build (two clock reads through the vDSO)" \
		"$(v go_clock_linux vanilla)" "$(v go_clock_linux ours)" \
		"$(ratio "$(v go_clock_linux ours)" "$(v go_clock_linux vanilla)")"
	row "the same, FreeBSD build (FreeBSD's timekeeping page)" go_clock_freebsd \
		"$(v go_clock_linux ours)"
	printf '| %s | %s | %s | %s (ours / vanilla) |\n' \
		"esbuild $esv, Linux build: 300 modules bundled and minified, per run" \
		"$(v esbuild_linux vanilla)" "$(v esbuild_linux ours)" \
		"$(ratio "$(v esbuild_linux ours)" "$(v esbuild_linux vanilla)")"
	row "the same, FreeBSD build under the freebsd platform (the same $(v esbuild_bytes ours) bytes out)" \
		esbuild_freebsd "$(v esbuild_linux ours)"
	for e in sud seccomp sysemu; do
		case $e in
		sud) l="emulated: Syscall User Dispatch + SIGSYS handler" ;;
		seccomp) l="emulated: seccomp RET_TRAP + SIGSYS handler" ;;
		sysemu) l="emulated: ptrace PTRACE_SYSEMU tracer" ;;
		esac
		printf '| %s | %s | %s | %s (vs foreign: %s) |\n' "$l" \
			"$(v emul_$e vanilla)" "$(v emul_$e ours)" \
			"$(ratio "$(v emul_$e vanilla)" "$vn")" \
			"$(ratio "$(v emul_$e vanilla)" "$(v foreign_getppid_rax ours)")"
	done
	for n in 1 64 1024; do
		for t in native foreign; do
			b=$(v exec_${t}_$n ours)
			printf '| exec + exit, %s program, %s interfaces | %s | %s | %s (vs 1 interface) |\n' \
				"$t" "$n" "$(v exec_${t}_$n vanilla)" "${b:--}" \
				"$(ratio "$b" "$(v exec_${t}_1 ours)")"
		done
	done
	echo
	echo "Rows and ratios: the 6-argument and unmapped foreign rows are divided by"
	echo "their native twins (native 6-argument call, native ENOSYS); the"
	echo "emulations run on the vanilla kernel and are divided by its native"
	echo "getppid, and by our foreign getppid; exec rows by the same program's"
	echo "exec with one interface registered; the int \$0x80 rows by the native"
	echo "ia32 getppid through int \$0x80, the carry and FreeBSD getppid rows by"
	echo "native getppid, and FreeBSD clock_gettime by native clock_gettime;"
	echo "the FreeBSD builds of time.Now() and esbuild by the Linux ones on our"
	echo "kernel."
	echo
	echo "Where an esbuild run's time goes: its system calls by kind, the most"
	echo "frequent first, under strace (untimed; a FreeBSD call that a service"
	echo "translates shows as the service).  Neither build's clock reads make"
	echo "a call: the Linux build reads the vDSO, the FreeBSD build FreeBSD's"
	echo "timekeeping page."
	echo
	echo "| Linux build | calls | FreeBSD build | calls |"
	echo "|---|---:|---|---:|"
	calls() { # calls BUILD: "NAME COUNT" lines, the 10 most frequent
		sed -n "s/^calls_$1_\\([^ ]*\\) \\([0-9]*\\)\$/\\2 \\1/p" "$out/ours.txt" |
			sort -rn | head -n 10 | awk '{ print $2, $1 }'
	}
	paste -d ' ' <(calls linux) <(calls freebsd) |
		awk '{ printf "| %s | %s | %s | %s |\n", $1, $2, $3, $4 }'
	for b in linux freebsd; do
		printf '| %s total | %s ' "$b" "$(awk -v b="calls_${b}_" \
			'index($1, b) == 1 { n += $2 } END { print n }' "$out/ours.txt")"
	done
	echo "|"
	echo
	echo "Targets (issues 7 and 23), as measured:"
	echo
	t() { printf -- '- %s: %s (target %s)\n' "$1" "$2" "$3"; }
	t "native getppid, ours / vanilla" "$(ratio "$on" "$vn")" "1.00, within 1%"
	t "foreign / native getppid" "$(ratio "$(v foreign_getppid_rax ours)" "$on")" "at most 1.05"
	t "fastest emulation (SUD) / foreign" "$(ratio "$(v emul_sud vanilla)" "$(v foreign_getppid_rax ours)")" "at least 10"
	t "foreign exec, 1024 / 1 interfaces" "$(ratio "$(v exec_foreign_1024 ours)" "$(v exec_foreign_1 ours)")" "within 5%"
	t "native exec, 1024 / 1 interfaces" "$(ratio "$(v exec_native_1024 ours)" "$(v exec_native_1 ours)")" "within 5%"
	t "esbuild, FreeBSD build / Linux build" "$(ratio "$(v esbuild_freebsd ours)" "$(v esbuild_linux ours)")" "at most 1.05"
} >"$res"
cat "$res"

# The chart: instructions per call, log scale (the default flavour only).
if [ -z "$flavor" ] && command -v gnuplot >/dev/null; then
	{
		printf '"native\\n(vanilla)" %s\n' "$vn"
		printf '"native\\n(ours)" %s\n' "$on"
		printf '"foreign\\nrax" %s\n' "$(v foreign_getppid_rax ours)"
		printf '"foreign\\nrbx" %s\n' "$(v foreign_getppid_rbx ours)"
		printf '"SUD +\\nSIGSYS" %s\n' "$(v emul_sud vanilla)"
		printf '"seccomp\\nTRAP" %s\n' "$(v emul_seccomp vanilla)"
		printf '"ptrace\\nSYSEMU" %s\n' "$(v emul_sysemu vanilla)"
	} >"$out/chart.dat"
	gnuplot -e "dat='$out/chart.dat'; png='$repo/bench/results.png'" \
		"$repo/bench/chart.gp" || exit 1
	echo "bench: wrote bench/results.md and bench/results.png" >&2
fi
