#!/bin/sh
# Pack Debian's trinity and stress-ng, with the shared libraries they
# need, as an extra initramfs archive for the fuzzer boots
# (tests/bats/fuzzers.bats appends it with GUEST_EXTRA_CPIO).
#
# Usage: harness/fuzzers-cpio.sh KDIR OUT
set -eu
kdir=$1 out=$2
bins="/usr/bin/trinity /usr/bin/stress-ng"
for b in $bins; do
	[ -x "$b" ] || { echo "fuzzers-cpio: $b missing (make deps)" >&2; exit 1; }
done

list=$out.list
{
	echo "dir /lib/x86_64-linux-gnu 0755 0 0"
	for b in $bins; do
		echo "file /bin/${b##*/} $b 0755 0 0"
	done
	for b in $bins; do
		ldd "$b"
	done | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }' |
		sort -u | while read -r lib; do
			echo "file $lib $(readlink -f "$lib") 0755 0 0"
		done
	echo "file /lib/fuzz.sh $(pwd)/tests/guest/fuzz.sh 0644 0 0"
} >"$list"
"$kdir/usr/gen_init_cpio" "$list" >"$out"
