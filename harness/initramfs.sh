#!/bin/sh
# Build the guest's base initramfs with the kernel's own gen_init_cpio:
# busybox-static with its applets in /bin, /init, and the guest programs.
#
# Usage: harness/initramfs.sh KDIR MODDIR OUT PROG...
set -eu
kdir=$1 moddir=$2 out=$3
shift 3

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
	# Debian's strace, and the shared libraries of the dynamically
	# linked programs (ld.so, libc, strace's libunwind and liblzma).
	echo "dir /lib/x86_64-linux-gnu 0755 0 0"
	echo "file /bin/strace /usr/bin/strace 0755 0 0"
	for b in /usr/bin/strace "$@"; do
		ldd "$b" 2>/dev/null
	done | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }' |
		sort -u | while read -r lib; do
			echo "file $lib $(readlink -f "$lib") 0755 0 0"
		done
	for p in "$@"; do
		echo "file /bin/$(basename "$p") $(pwd)/$p 0755 0 0"
	done
	# The platform files ifacectl ships (tools/ifacectl/platforms/).
	for d in /usr /usr/share /usr/share/syscall-iface /usr/share/syscall-iface/platforms; do
		echo "dir $d 0755 0 0"
	done
	for f in tools/ifacectl/platforms/*; do
		echo "file /usr/share/syscall-iface/platforms/${f##*/} $(pwd)/$f 0644 0 0"
	done
	# Test modules and the subsystem's own (the platforms), for insmod.
	echo "dir /lib/modules 0755 0 0"
	for m in "$moddir"/*.ko $(find "$kdir/kernel/syscall_iface" -name '*.ko'); do
		if [ -f "$m" ]; then
			echo "file /lib/modules/${m##*/} $(realpath "$m") 0644 0 0"
		fi
	done
} > "$list"
"$kdir/usr/gen_init_cpio" "$list" > "$out"
