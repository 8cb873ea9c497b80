#!/bin/sh
# Print the QEMU accelerator to use: kvm only if a probe shows that a
# KVM guest actually runs here (cached in build/accel), else tcg.
repo=$(cd "$(dirname "$0")/.." && pwd)
cache=$repo/build/accel
if [ ! -f "$cache" ]; then
	acc=tcg
	if [ -w /dev/kvm ] && timeout 10 qemu-system-x86_64 -accel kvm \
		-nodefaults -display none -no-reboot -net none -m 64M \
		-kernel "$repo/build/linux/arch/x86/boot/bzImage" \
		-append "console=ttyS0 panic=-1 rdinit=/nonexistent" \
		-serial stdio </dev/null 2>/dev/null |
		grep -q 'Kernel panic'; then
		acc=kvm
	fi
	echo "$acc" >"$cache"
fi
cat "$cache"
