#!/bin/sh
# run.sh PKG OUTDIR, in the guest: run Go package PKG's tests, from its
# directory under GOROOT/src or GOPATH/src: linux.test natively, freebsd.test and
# netbsd.test (where built) under their platforms (the EI_OSABI picks
# the interface).  Each
# writes OUTDIR/NAME.OS.list (the tests it has) and OUTDIR/NAME.OS.log
# (-test.v), where NAME is PKG with / as -.  The tests /gotests/skip
# names for PKG are left out of every run.
#
# A test that crashes the test binary (a panic, a fatal signal, the time
# limit) would leave every test after it unrun: it is logged as
# "--- FAIL: TEST (crashed the test binary)", and the binary runs again
# with the tests that have not reported yet (crashed() says which test
# it was).  GOTEST_TIMEOUT bounds each run of a binary (seconds).
pkg=$1 out=$2
n=$(echo "$pkg" | tr / -)
cd "$(cat /gotests/goroot)/src/$pkg" 2>/dev/null ||
	cd "$(cat /gotests/gopath)/src/$pkg" || exit 1
limit=${GOTEST_TIMEOUT:-300}
awk -v p="$pkg" '$1 == p { print $2 }' /gotests/skip >/tmp/skip

# without FILE LIST: the lines of LIST that are not lines of FILE.
without() {
	awk 'FILENAME == ARGV[1] { x[$0] = 1; next } !($0 in x)' "$1" "$2"
}

# crashed LOG: the test that was running when the binary panicked (the
# last to start, continue or fail before the panic), or else the last
# to start and not report (killed at the time limit).
crashed() {
	awk '/^(panic: |fatal error: )/ { found = 1; exit }
		/^=== (RUN|CONT)   [^\/]*$/ { last = $3 }
		/^--- FAIL: / { last = $3 }
		END { if (found) print last }' "$1" | grep . ||
		sed -n 's/^=== RUN   \([^/]*\)$/\1/p' "$1" |
		without /tmp/done - | tail -n 1
}

# reported LOG: the top-level tests LOG has a result for.
reported() {
	sed -n 's/^--- \(PASS\|FAIL\|SKIP\): \([^ ]*\) .*/\2/p' "$1" | sort -u
}

for os in linux freebsd netbsd; do
	[ -x ./$os.test ] || continue
	log=$out/$n.$os.log
	./$os.test -test.list '.*' >"$out/$n.$os.list" 2>&1
	without /tmp/skip "$out/$n.$os.list" >/tmp/todo
	: >"$log"
	runs=0
	while [ -s /tmp/todo ] && [ $runs -lt 20 ]; do
		runs=$((runs + 1))
		USER=root HOME=/tmp TMPDIR=/tmp timeout -s KILL "$limit" \
			./$os.test -test.short -test.v -test.count=1 \
			-test.timeout="$((limit - 10))s" \
			-test.run "^($(paste -s -d '|' /tmp/todo))\$" \
			>/tmp/run.log 2>&1 </dev/null
		rc=$?
		cat /tmp/run.log >>"$log"
		[ $rc -ne 0 ] || break
		reported "$log" >/tmp/done
		crashed=$(crashed /tmp/run.log)
		[ -n "$crashed" ] || break
		grep -qxF "$crashed" /tmp/done ||
			echo "--- FAIL: $crashed (crashed the test binary)" >>"$log"
		echo "$crashed" >>/tmp/done
		without /tmp/done /tmp/todo >/tmp/rest
		mv /tmp/rest /tmp/todo
	done
done
