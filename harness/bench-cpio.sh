#!/bin/sh
# Pack the Linux builds the bench rows compare FreeBSD ones with, as an
# extra initramfs archive for the bench boots (harness/bench.sh appends it
# with GUEST_EXTRA_CPIO): esbuild as npm publishes it for Linux,
# /bin/esbuild-linux, and its input in /bench/esbuild; the clock row's Go
# program, /bin/go-clock-linux.  The FreeBSD builds are in the initramfs.
#
# Usage: harness/bench-cpio.sh KDIR ESBUILD-LINUX GO-CLOCK-LINUX OUT
set -eu
kdir=$1 esbuild=$2 clock=$3 out=$4
src=$out.d
rm -rf "$src"
bench/guest/esbuild-input.sh "$src" 300
{
	echo "file /bin/esbuild-linux $(pwd)/$esbuild 0755 0 0"
	echo "file /bin/go-clock-linux $(pwd)/$clock 0755 0 0"
	echo "dir /bench 0755 0 0"
	echo "dir /bench/esbuild 0755 0 0"
	for f in "$src"/*.js; do
		echo "file /bench/esbuild/${f##*/} $(pwd)/$f 0644 0 0"
	done
} >"$out.list"
"$kdir/usr/gen_init_cpio" "$out.list" >"$out"
