#!/bin/sh
# Configure build/linux: tinyconfig plus the project's fragment, using
# kbuild's own fragment merging.  Fails if any option the fragment asks
# for did not make it into the final .config (a missing dependency, say).
#
# Usage: harness/kconfig.sh KDIR
set -eu
kdir=$1
frag=kernel/configs/syscall_iface_guest.config

make -s -C "$kdir" tinyconfig >/dev/null
make -s -C "$kdir" syscall_iface_guest.config >/dev/null

bad=0
grep -E '^CONFIG_[A-Za-z0-9_]+=' "$kdir/$frag" | while IFS= read -r want; do
	if ! grep -qxF "$want" "$kdir/.config"; then
		sym=${want%%=*}
		got=$(grep -E "^$sym=|^# $sym is not set" "$kdir/.config" || echo "absent")
		echo "kconfig: $frag asks for $want, but .config has: $got" >&2
		exit 1
	fi
done || bad=1
[ $bad = 0 ] || exit 1
