#!/bin/sh
# make demo: boot the guest with tests/guest/demo/*.sh and show what the
# guest printed.
set -u
repo=$(cd "$(dirname "$0")/.." && pwd)
out=$repo/build/demo

echo "Booting the guest (QEMU, $("$repo/harness/accel.sh")) ..."
"$repo/harness/guest-run.sh" "$out" "$repo/tests/guest/demo"
ok=$?
for r in "$out"/results/*/; do
	[ -f "$r/rc" ] || continue
	cat "$r/out"
	cat "$r/err" >&2
	[ "$(cat "$r/rc")" = 0 ] || ok=1
done
echo "(kernel console: $out/console.log)"
exit $ok
