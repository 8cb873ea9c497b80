#!/bin/bash
# Run a directory of scenarios in GUEST_PARALLEL guests at once, each one
# a boot of harness/guest-run.sh with its share of them, and leave in
# OUTDIR what one guest that ran them all would: results/NAME/,
# console.log (each guest's in turn, under a "=== guest N" line) and
# boot.status ("ok" when every guest finished, else each one's reason).
# A TCG guest mostly keeps one host CPU busy, so on 2 cores two guests
# take about half the time of one.
#
# Shares are balanced by the seconds each scenario took in an earlier
# run, GUEST_SECONDS ("SECONDS NAME" lines, tests/run keeps them; a
# scenario it lacks counts 1 s): the longest first, each to the share
# with the fewest seconds so far.  Without it that is name order, dealt
# round.
#
# Usage: harness/guest-split.sh OUTDIR SCENARIO_DIR  (harness/guest-run.sh
# runs it when GUEST_PARALLEL is over 1).  Exits as guest-run.sh does.
set -u

repo=$(cd "$(dirname "$0")/.." && pwd)
out=$1 scen=$2
n=$GUEST_PARALLEL

rm -rf "$out"
mkdir -p "$out/results"

for s in "$scen"/*.sh; do
	[ -f "$s" ] && echo "${s##*/}"
done | awk -v hist="${GUEST_SECONDS:-/dev/null}" '
	BEGIN {
		while ((getline line < hist) > 0) {
			split(line, f, " ")
			secs[f[2] ".sh"] = f[1] + 1
		}
	}
	{ print ($0 in secs ? secs[$0] : 1), NR, $0 }
' | sort -k1,1nr -k2,2n | awk -v n="$n" '
	{
		best = 0
		for (i = 1; i < n; i++)
			if (load[i] < load[best])
				best = i
		load[best] += $1
		print best, $3
	}
' >"$out/shares"

for ((i = 0; i < n; i++)); do
	mkdir -p "$out/share.$i"
	awk -v i="$i" '$1 == i { print $2 }' "$out/shares" |
		while read -r f; do cp "$scen/$f" "$out/share.$i/"; done
	GUEST_PARALLEL=1 "$repo/harness/guest-run.sh" "$out/guest.$i" \
		"$out/share.$i" >"$out/guest.$i.log" 2>&1 &
done
wait

status=
for ((i = 0; i < n; i++)); do
	g=$out/guest.$i
	echo "=== guest $i" >>"$out/console.log"
	cat "$g/console.log" >>"$out/console.log" 2>/dev/null
	for r in "$g"/results/*/; do
		[ -d "$r" ] && mv "$r" "$out/results/"
	done
	s=$(cat "$g/boot.status" 2>/dev/null || echo "no status")
	if [ "$s" != ok ]; then
		status="$status${status:+; }guest $i: $s"
		cat "$out/guest.$i.log" >&2
	fi
done
echo "${status:-ok}" >"$out/boot.status"
[ -z "$status" ]
