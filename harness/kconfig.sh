#!/bin/sh
# Configure a kernel tree: tinyconfig plus config fragments, using kbuild's
# own fragment merging.  Fails if any option a fragment asks for did not
# make it into the final .config (a missing dependency, say).
#
# Usage: harness/kconfig.sh KDIR [FRAGMENT...]
# The default fragment is kernel/configs/syscall_iface_guest.config; any
# fragment is copied into KDIR/kernel/configs/ first, so a pristine tree
# (the vanilla kernel) can be configured the same way.
set -eu
kdir=$1
shift
[ $# -gt 0 ] || set -- kernel/configs/syscall_iface_guest.config

names=
for frag; do
	n=${frag##*/}
	cmp -s "$frag" "$kdir/kernel/configs/$n" || cp "$frag" "$kdir/kernel/configs/$n"
	names="$names $n"
done

make -s -C "$kdir" tinyconfig >/dev/null
# shellcheck disable=SC2086
make -s -C "$kdir" $names >/dev/null

for frag; do
	grep -E '^CONFIG_[A-Za-z0-9_]+=' "$frag" | while IFS= read -r want; do
		if ! grep -qxF "$want" "$kdir/.config"; then
			sym=${want%%=*}
			got=$(grep -E "^$sym=|^# $sym is not set" "$kdir/.config" || echo "absent")
			echo "kconfig: $frag asks for $want, but .config has: $got" >&2
			exit 1
		fi
	done
done
