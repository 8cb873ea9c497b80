#!/bin/sh
# Build the guest's base initramfs with the kernel's own gen_init_cpio:
# busybox-static with its applets in /bin, /init, and the guest programs.
#
# Usage: harness/initramfs.sh KDIR OUT PROG...
set -eu
kdir=$1 out=$2
shift 2

busybox=/bin/busybox
[ -x "$busybox" ] || { echo "initramfs: $busybox missing (make deps)" >&2; exit 1; }

list=$out.list
{
	for d in /bin /dev /proc /sys /tmp /scenarios /lib /lib64; do
		echo "dir $d 0755 0 0"
	done
	echo "nod /dev/console 0600 0 0 c 5 1"
	echo "file /bin/busybox $busybox 0755 0 0"
	for a in $($busybox --list); do
		[ "$a" = busybox ] || echo "slink /bin/$a busybox 0777 0 0"
	done
	echo "file /init $(pwd)/tests/guest/init 0755 0 0"
	echo "file /lib/scenario.sh $(pwd)/tests/guest/lib.sh 0644 0 0"
	# The dynamic loader and libc, for dynamically linked guest programs.
	echo "dir /lib/x86_64-linux-gnu 0755 0 0"
	echo "file /lib64/ld-linux-x86-64.so.2 $(readlink -f /lib64/ld-linux-x86-64.so.2) 0755 0 0"
	echo "file /lib/x86_64-linux-gnu/libc.so.6 $(readlink -f /lib/x86_64-linux-gnu/libc.so.6) 0755 0 0"
	for p in "$@"; do
		echo "file /bin/$(basename "$p") $(pwd)/$p 0755 0 0"
	done
} > "$list"
"$kdir/usr/gen_init_cpio" "$list" > "$out"
