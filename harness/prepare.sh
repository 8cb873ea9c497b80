#!/bin/sh
# Prepare build/linux: unpack Debian's linux-source-6.12 once, copy the
# project's kernel files over it (only those that changed; a copied file
# is new to make, whatever its time in the repository), and bring the
# applied patches in line with patches/series.
#
# Usage: harness/prepare.sh SRCDIR KDIR
set -eu

src=$(cd "$1" && pwd)
mkdir -p "$2"
kdir=$(cd "$2" && pwd)
tarball=/usr/src/linux-source-6.12.tar.xz
state=$kdir/.syscall_iface

# 1. Unpack once.
if [ ! -f "$state/unpacked" ]; then
	[ -f "$tarball" ] || { echo "prepare: $tarball is missing (make deps)" >&2; exit 1; }
	echo "  UNPACK  $tarball"
	rm -rf "$kdir"
	mkdir -p "$kdir"
	tar -xf "$tarball" -C "$kdir" --strip-components=1
	mkdir -p "$state/applied"
	: > "$state/overlay.list"
	: > "$state/applied/series"
	touch "$state/unpacked"
fi

# 2. Overlay.  The repository mirrors the kernel tree for the files it adds;
# the repository's top-level Kconfig becomes Kconfig.syscall_iface so that
# it does not replace the kernel's own.
cd "$src"
list=$(mktemp)
trap 'rm -f "$list"' EXIT
{
	for d in kernel fs arch include Documentation; do
		[ ! -d "$d" ] || find "$d" -type f
	done
	echo Kconfig
} | LC_ALL=C sort > "$list"

while read -r f; do
	case $f in
	Kconfig) dst=Kconfig.syscall_iface ;;
	*) dst=$f ;;
	esac
	if ! cmp -s "$f" "$kdir/$dst"; then
		mkdir -p "$(dirname "$kdir/$dst")"
		cp --preserve=mode "$f" "$kdir/$dst"
	fi
done < "$list"

# Files the project no longer has are removed from the tree.
LC_ALL=C comm -23 "$state/overlay.list" "$list" | while read -r f; do
	case $f in Kconfig) f=Kconfig.syscall_iface ;; esac
	rm -f "$kdir/$f"
done
cmp -s "$list" "$state/overlay.list" || cp "$list" "$state/overlay.list"

# 3. Patches.  If the series or any patch in it changed, take the applied
# ones out again (newest first) and apply the current series in order.
series=patches/series
want=$(mktemp)
trap 'rm -f "$list" "$want"' EXIT
grep -v -e '^#' -e '^[[:space:]]*$' "$series" > "$want" || true

same=1
cmp -s "$want" "$state/applied/series" || same=0
if [ $same = 1 ]; then
	while read -r p; do
		cmp -s "patches/$p" "$state/applied/$p" || same=0
	done < "$want"
fi
[ $same = 1 ] && exit 0

# Keep a copy (with timestamps) of every file the old or new series
# touches; a file that ends up with the same content gets its old
# timestamp back, so a reworded patch does not rebuild the kernel.
snap=$state/snap
rm -rf "$snap"
cat "$state/applied/series" "$want" | while read -r p; do
	for f in "$state/applied/$p" "patches/$p"; do
		[ -f "$f" ] && sed -n 's|^+++ b/\([^\t]*\).*|\1|p' "$f"
	done
done | sort -u >"$state/touched"
while read -r f; do
	if [ -f "$kdir/$f" ]; then
		mkdir -p "$snap/$(dirname "$f")"
		cp -p "$kdir/$f" "$snap/$f"
	fi
done <"$state/touched"

tac "$state/applied/series" | while read -r p; do
	echo "  UNPATCH $p"
	if ! patch -d "$kdir" -p1 -R -s -F0 --no-backup-if-mismatch \
			< "$state/applied/$p"; then
		echo "prepare: could not take back $p; rm -rf $kdir and rebuild" >&2
		exit 1
	fi
	sed -i '$d' "$state/applied/series"
	rm -f "$state/applied/$p"
done

while read -r p; do
	echo "  PATCH   $p"
	if [ ! -f "patches/$p" ]; then
		echo "prepare: patches/series names $p, which does not exist" >&2
		exit 1
	fi
	if ! patch -d "$kdir" -p1 -s -F0 --dry-run < "patches/$p" >/dev/null; then
		echo "prepare: patch $p does not apply to linux-source-6.12:" >&2
		patch -d "$kdir" -p1 -F0 --dry-run < "patches/$p" >&2 || true
		exit 1
	fi
	patch -d "$kdir" -p1 -s -F0 --no-backup-if-mismatch < "patches/$p"
	cp "patches/$p" "$state/applied/$p"
	echo "$p" >> "$state/applied/series"
done < "$want"

while read -r f; do
	if [ -f "$snap/$f" ] && cmp -s "$snap/$f" "$kdir/$f"; then
		touch -r "$snap/$f" "$kdir/$f"
	fi
done <"$state/touched"
rm -rf "$snap"
