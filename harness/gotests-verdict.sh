#!/bin/sh
# Compare two runs of each Go package's tests (tests/gotests/run.sh):
# natively (linux.test) and under platform OS (OS.test; freebsd unless
# named).
#
# Usage: harness/gotests-verdict.sh DIR KNOWN [OS]
#
# DIR holds the run's list of packages (packages) and, for each package,
# NAME.OS.list and NAME.OS.log for linux and OS; a package without an OS
# build is left out.  Prints, per package, how many top-level tests
# reported a result, and how many of them passed, failed or were
# skipped, in both runs; then each difference: a test that passed
# natively and, though the OS build has it too, did not pass under the
# platform; a test that skipped itself natively (the machine lacks what
# it needs) and failed under the platform, which should have said so
# as plainly; or a test only the OS build has (the OS's own, such as
# FreeBSD's getfsstat test) that ran and did not pass.  A difference the KNOWN
# file lists (PKG TEST REASON) is known; any other is new, and makes the
# exit status 1.  Known differences that passed this time are listed as
# such: their line in KNOWN can go.
dir=$1 known=$2 os=${3:-freebsd}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# results OS NAME: "TEST RESULT", one line per top-level test.
results() {
	sed -n 's/^--- \(PASS\|FAIL\|SKIP\): \([^ ]*\) .*/\2 \1/p' \
		"$dir/$2.$1.log" 2>/dev/null | sort -u
}

counts() {
	awk '{ n++; c[$2]++ } END {
		printf "%5d %5d %5d %5d", n, c["PASS"], c["FAIL"], c["SKIP"] }'
}

printf '%-14s %-23s   %-23s\n' "" "linux (native)" "$os (platform)"
printf '%-14s %5s %5s %5s %5s   %5s %5s %5s %5s\n' package \
	run pass fail skip run pass fail skip
: >"$tmp/diffs"
: >"$tmp/fixed"
while read -r p; do
	n=$(echo "$p" | tr / -)
	[ -f "$dir/$n.$os.list" ] || continue
	results linux "$n" >"$tmp/l"
	results "$os" "$n" >"$tmp/f"
	printf '%-14s %s   %s\n' "$p" "$(counts <"$tmp/l")" "$(counts <"$tmp/f")"
	# Passed natively, or only the OS build has it (neither the native
	# list nor the native run has it), and did not pass there; or
	# skipped natively and failed there.
	natives=$dir/$n.linux.list
	[ -f "$natives" ] || natives=/dev/null
	awk -v p="$p" 'FILENAME == ARGV[1] { native[$1] = 1; next }
		FILENAME == ARGV[2] { has[$1] = 1; next }
		FILENAME == ARGV[3] { r[$1] = $2; next }
		{ passed[$1] = $2 == "PASS"; skipped[$1] = $2 == "SKIP" }
		END {
			for (t in has) {
				own = !native[t] && !(t in passed)
				if ((passed[t] || (own && r[t] != "")) &&
				    r[t] != "PASS")
					print p, t, (r[t] == "" ? "no result" : r[t]),
					      own ? "its own" : "passes natively"
				else if (skipped[t] && r[t] == "FAIL")
					print p, t, r[t], "skips natively"
			}
		}' "$natives" "$dir/$n.$os.list" "$tmp/f" "$tmp/l" |
		sort >>"$tmp/diffs"
	awk -v p="$p" '$1 == p { print $2 }' "$known" | while read -r t; do
		grep -qx "$t PASS" "$tmp/f" && echo "$p $t" >>"$tmp/fixed"
	done
done <"$dir/packages"
echo
new=0
while read -r p t r why; do
	if awk -v p="$p" -v t="$t" '$1 == p && $2 == t { f = 1 } END { exit !f }' \
		"$known"; then
		echo "known  $p $t: $r under $os"
	else
		echo "NEW    $p $t: $r under $os, $why"
		new=$((new + 1))
	fi
done <"$tmp/diffs"
while read -r p t; do
	echo "fixed  $p $t: passes under $os now"
done <"$tmp/fixed"
echo "$(wc -l <"$tmp/diffs") differences, $new new, $(wc -l <"$tmp/fixed") fixed"
[ "$new" -eq 0 ]
