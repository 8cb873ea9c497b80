#!/bin/bash
# make deb: the patched kernel as Debian packages (bindeb-pkg), configured
# from a distribution kernel's config with the project's fragment
# (kernel/configs/syscall_iface.config) merged in.
#
# Usage: harness/deb.sh KDIR BASECONFIG OUTDIR
#
# KDIR is a tree of its own (prepared as build/linux is), so the test
# kernels are left alone.  The kernel is named VERSION-syscall-iface, so
# it installs beside the distribution's.  A distribution config names its
# signing certificates (Debian's debian/certs/...), which a tree from
# linux-source lacks: they are emptied, and the build signs the modules
# with a key of its own.  The packages (linux-image, linux-headers, and
# the debug image if the config asks for one) land in OUTDIR.
set -eu -o pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
kdir=$1 base=$2 out=$3
frag=$repo/kernel/configs/syscall_iface.config

if [ ! -r "$base" ]; then
	echo "deb: no kernel config at '$base'; set DEB_CONFIG to one (a distribution kernel's, such as /boot/config-VERSION)" >&2
	exit 1
fi
mkdir -p "$kdir" "$out"
"$repo/harness/prepare.sh" "$repo" "$kdir"
kdir=$(cd "$kdir" && pwd)
out=$(cd "$out" && pwd)
cp "$base" "$kdir/.config"
cd "$kdir"
scripts/kconfig/merge_config.sh -m .config "$frag" >/dev/null
scripts/config --set-str SYSTEM_TRUSTED_KEYS "" \
	--set-str SYSTEM_REVOCATION_KEYS "" \
	--set-str LOCALVERSION "-syscall-iface" --disable LOCALVERSION_AUTO
make -s olddefconfig
grep -E '^CONFIG_[A-Za-z0-9_]+=' "$frag" | while IFS= read -r want; do
	grep -qxF "$want" .config && continue
	echo "deb: $frag asks for $want, but the merged config has: $(grep -E "^${want%%=*}=|^# ${want%%=*} is not set" .config || echo absent)" >&2
	exit 1
done
# bindeb-pkg writes its packages beside the tree: take ours from there.
rm -f ../linux-*.deb ../linux-upstream_* ../linux-*.buildinfo ../linux-*.changes
# -d: the tree builds its own packaging; debhelper is not needed.
make -j"$(nproc)" bindeb-pkg DPKG_FLAGS=-d >"$out/build.log" 2>&1 || {
	tail -n 30 "$out/build.log" >&2
	echo "deb: the kernel's packages failed to build ($out/build.log)" >&2
	exit 1
}
rm -f "$out"/linux-*.deb
mv ../linux-*.deb "$out/"
rm -f ../linux-upstream_* ../linux-*.buildinfo ../linux-*.changes
ls "$out"/linux-*.deb
