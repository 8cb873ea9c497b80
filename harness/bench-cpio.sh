#!/bin/sh
# Pack the esbuild bench row's files as an extra initramfs archive for the
# bench boots (harness/bench.sh appends it with GUEST_EXTRA_CPIO): esbuild
# as npm publishes it for Linux, /bin/esbuild-linux (the FreeBSD one is in
# the initramfs already), and its input in /bench/esbuild.
#
# Usage: harness/bench-cpio.sh KDIR ESBUILD-LINUX OUT
set -eu
kdir=$1 esbuild=$2 out=$3
src=$out.d
rm -rf "$src"
bench/guest/esbuild-input.sh "$src" 300
{
	echo "file /bin/esbuild-linux $(pwd)/$esbuild 0755 0 0"
	echo "dir /bench 0755 0 0"
	echo "dir /bench/esbuild 0755 0 0"
	for f in "$src"/*.js; do
		echo "file /bench/esbuild/${f##*/} $(pwd)/$f 0644 0 0"
	done
} >"$out.list"
"$kdir/usr/gen_init_cpio" "$out.list" >"$out"
