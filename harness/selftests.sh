#!/bin/bash
# Run the upstream selftests (harness/selftests-build.sh) on the vanilla
# 6.12 kernel and on ours, and print the results side by side.
#
# Usage: harness/selftests.sh OUT
#
# Boots our kernel once (tests/guest/selftests/10-native.sh, and
# 20-foreign.sh: seccomp and ptrace again, inside a foreign-interface
# process) and build/vanilla once (10-native.sh), one after the other
# (two selftest guests at once starve each other's timed tests).
# Writes OUT/vanilla.txt, OUT/ours.txt, OUT/foreign.txt ("RESULT<TAB>NAME"
# lines, sorted) and OUT/table.txt.  Exits 0 when the vanilla and our
# lists are identical and the foreign run gives the same results as the
# native one for every seccomp and ptrace test, 1 otherwise.  A
# difference must reproduce: the programs whose results differ run again
# on both kernels, and harness/selftests-verdict.sh decides which
# differences stand, the foreign run's against ours' reruns too.  A
# foreign-run difference left is rerun in a foreign process (ours again).
#
# SELFTESTS_VANILLA says where vanilla's list comes from:
#   live    boot build/vanilla (make selftests and make test-long build it)
#   record  (default) tests/guest/selftests/vanilla.txt, the list a live
#           boot gave; only if our list differs from it is vanilla built
#           (make vanilla) and booted, and the comparison made with what
#           it gives.  OUT/vanilla.source says which ("live" or "record").
set -u -o pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
out=$1
st=$repo/build/selftests
record=$repo/tests/guest/selftests/vanilla.txt
[ -f "$st/selftests.cpio" ] ||
	{ echo "selftests: $st/selftests.cpio is missing (make selftests builds it)" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out/scen-vanilla" "$out/scen-ours"
cp "$repo/tests/guest/selftests/common.sh" "$repo/tests/guest/selftests/10-native.sh" \
	"$out/scen-vanilla/"
cp "$repo"/tests/guest/selftests/*.sh "$out/scen-ours/"
export GUEST_EXTRA_CPIO=$st/selftests.cpio
# The selftests (56 MB) and the initramfs (118 MB) unpack in 1 GiB; in
# the default 512 MiB the end of the archive did not.
export GUEST_MEM=${GUEST_MEM:-1G}
# A boot takes about two minutes; a hung guest fails the run in ten.
export GUEST_TIMEOUT=${SELFTESTS_TIMEOUT:-600}

kdir() { # kdir KERNEL: the tree of vanilla or ours
	if [ "$1" = vanilla ]; then echo "$repo/build/vanilla"; else echo "${GUEST_KDIR:-$repo/build/linux}"; fi
}
boot() { # boot NAME KERNEL SCENARIO_DIR
	echo "selftests: booting $1" >&2
	GUEST_KDIR=$(kdir "$2") "$repo/harness/guest-run.sh" "$out/$1" "$3" \
		>"$out/$1.log" 2>&1 || { cat "$out/$1.log" >&2; return 1; }
}
res() { # res BOOT SCENARIO [FILE]
	local f=$out/$1/results/$2/files/${3:-summary}
	[ -f "$f" ] || { echo "selftests: $1 left no result for $2" >&2; exit 1; }
	LC_ALL=C sort -t "$(printf '\t')" -k2 "$f"
}

source=${SELFTESTS_VANILLA:-record}
case $source in
live)
	boot vanilla vanilla "$out/scen-vanilla" || exit 1
	boot ours ours "$out/scen-ours" || exit 1 ;;
record)
	boot ours ours "$out/scen-ours" || exit 1 ;;
*)
	echo "selftests: SELFTESTS_VANILLA is live or record, not '$source'" >&2
	exit 1 ;;
esac
res ours 10-native >"$out/ours.txt"
res ours 20-foreign >"$out/foreign.txt"
if [ "$source" = record ]; then
	LC_ALL=C sort -t "$(printf '\t')" -k2 "$record" >"$out/vanilla.txt"
	if ! cmp -s "$out/vanilla.txt" "$out/ours.txt"; then
		echo "selftests: ours differs from the recorded vanilla list; building and booting vanilla 6.12" >&2
		diff "$out/vanilla.txt" "$out/ours.txt" >&2
		make -s -C "$repo" --no-print-directory vanilla >"$out/vanilla-build.log" 2>&1 ||
			{ echo "selftests: make vanilla failed:" >&2; tail -n 20 "$out/vanilla-build.log" >&2; exit 1; }
		boot vanilla vanilla "$out/scen-vanilla" || exit 1
		source=live
	fi
fi
[ "$source" = record ] || res vanilla 10-native >"$out/vanilla.txt"
echo "$source" >"$out/vanilla.source"
[ "$(cat "$out/ours/results/20-foreign/rc")" = 0 ] ||
	{ echo "selftests: the foreign run failed:" >&2; cat "$out/ours/results/20-foreign/out" >&2; exit 1; }

# The table: one row per test, with its result on each kernel ("-" where a
# run did not include it).
cut -f2 "$out/vanilla.txt" "$out/ours.txt" "$out/foreign.txt" | LC_ALL=C sort -u >"$out/names.txt"
LC_ALL=C awk -F '\t' '
	FILENAME ~ /vanilla.txt$/ { v[$2] = $1; next }
	FILENAME ~ /ours.txt$/    { o[$2] = $1; next }
	FILENAME ~ /foreign.txt$/ { f[$2] = $1; next }
	FNR == 1 { printf "%-64s %-8s %-8s %-8s\n", "TEST", "VANILLA", "OURS", "FOREIGN" }
	{
		t = $0
		mark = (v[t] != o[t]) ? "  <- differs" : ""
		printf "%-64s %-8s %-8s %-8s%s\n", t, \
			(t in v) ? v[t] : "-", (t in o) ? o[t] : "-", \
			(t in f) ? f[t] : "-", mark
	}' "$out/vanilla.txt" "$out/ours.txt" "$out/foreign.txt" \
	"$out/names.txt" >"$out/table.txt"

count() { cut -f1 "$1" | sort | uniq -c | awk '{printf "%s %s, ", $1, $2}' | sed 's/, $//'; }
{
	echo "vanilla: $(count "$out/vanilla.txt") ($source)"
	echo "ours:    $(count "$out/ours.txt")"
	echo "foreign: $(count "$out/foreign.txt") (seccomp and ptrace only)"
} >"$out/summary.txt"

# rerun: run each program whose result differed SELFTESTS_RERUNS more times
# on each kernel, into OUT/rerun/KERNEL.N.txt for selftests-verdict.sh.
rerun() {
	local runs=${SELFTESTS_RERUNS:-3} k i
	mkdir -p "$out/scen-rerun" "$out/rerun"
	cp "$repo/tests/guest/selftests/common.sh" "$out/scen-rerun/"
	{
		echo "# test: the selftest programs whose results differed, again"
		echo "# timeout: 1500"
		echo ". /scenarios/common.sh"
		echo "mkdir -p /tmp/st-work"
		echo "base=\$OUT i=1"
		echo "while [ \$i -le $runs ]; do"
		echo "	OUT=\$base/r\$i"
		echo "	mkdir -p \"\$OUT/log\""
		echo "	: >\"\$OUT/summary\""
		sed 's/:.*//' "$out/differing.txt" | LC_ALL=C sort -u |
			sed 's#^\(.*\)/\(.*\)$#\trun_test \1 \2#'
		echo "	i=\$((i + 1))"
		echo "done"
	} >"$out/scen-rerun/30-rerun.sh"
	for k in vanilla ours; do
		boot "rerun-$k" $k "$out/scen-rerun" || return 1
		for i in $(seq "$runs"); do
			res "rerun-$k" 30-rerun "r$i/summary" >"$out/rerun/$k.$i.txt" || return 1
		done
	done
}

# rerun_foreign: run each program whose result differed in the foreign
# process (the "differs" lines of OUT/foreign-verdict.txt) SELFTESTS_RERUNS
# more times in a foreign process, into OUT/rerun/foreign.N.txt.
rerun_foreign() {
	local runs=${SELFTESTS_RERUNS:-3} i
	mkdir -p "$out/scen-rerun-foreign" "$out/rerun"
	cp "$repo/tests/guest/selftests/common.sh" "$out/scen-rerun-foreign/"
	{
		echo "# test: the programs whose results differed in a foreign process, again"
		echo "# timeout: 1500"
		echo ". /scenarios/common.sh"
		echo ". /lib/scenario.sh"
		echo "mkdir -p /tmp/st-work"
		echo "ident_iface || exit 1"
		echo "PREFIX=\"ifacectl run ident --\""
		echo "base=\$OUT i=1"
		echo "while [ \$i -le $runs ]; do"
		echo "	OUT=\$base/r\$i"
		echo "	mkdir -p \"\$OUT/log\""
		echo "	: >\"\$OUT/summary\""
		sed -n 's/^differs\t\([^\t:]*\).*/\1/p' "$out/foreign-verdict.txt" |
			LC_ALL=C sort -u | sed 's#^\(.*\)/\(.*\)$#\trun_test \1 \2#'
		echo "	i=\$((i + 1))"
		echo "done"
	} >"$out/scen-rerun-foreign/40-rerun-foreign.sh"
	boot rerun-foreign ours "$out/scen-rerun-foreign" || return 1
	for i in $(seq "$runs"); do
		res rerun-foreign 40-rerun-foreign "r$i/summary" \
			>"$out/rerun/foreign.$i.txt" || return 1
	done
}

rc=0
if ! cmp -s "$out/vanilla.txt" "$out/ours.txt"; then
	echo "selftests: vanilla and ours differ:" >&2
	diff "$out/vanilla.txt" "$out/ours.txt" >&2
	"$repo/harness/selftests-verdict.sh" "$out" >/dev/null
	rerun || exit 1
	"$repo/harness/selftests-verdict.sh" "$out" >"$out/verdict.txt" || rc=1
	echo "selftests: after ${SELFTESTS_RERUNS:-3} reruns on each kernel (unsteady: a rerun gave the other kernel's result):" >&2
	cat "$out/verdict.txt" >&2
	sed -n 's/^unsteady\t\([^\t]*\)\t.*/unsteady: \1/p' "$out/verdict.txt" >>"$out/summary.txt"
fi
# The foreign run against ours, with ours' reruns if there were any; a
# difference left is rerun in a foreign process before it stands.
if ! "$repo/harness/selftests-verdict.sh" --foreign "$out" >"$out/foreign-verdict.txt"; then
	echo "selftests: seccomp/ptrace results differ inside a foreign process:" >&2
	cat "$out/foreign-verdict.txt" >&2
	rerun_foreign || exit 1
	if ! "$repo/harness/selftests-verdict.sh" --foreign "$out" >"$out/foreign-verdict.txt"; then
		rc=1
	fi
	echo "selftests: after ${SELFTESTS_RERUNS:-3} reruns in a foreign process:" >&2
	cat "$out/foreign-verdict.txt" >&2
fi
sed -n 's/^unsteady\t\([^\t]*\)\t.*/unsteady in a foreign process: \1/p' \
	"$out/foreign-verdict.txt" >>"$out/summary.txt"
exit $rc
