#!/bin/bash
# make deb: the user-space package, syscall-iface-tools: ifacectl, its man
# page, bash completion, the boot unit and the platform files, as
# tools/ifacectl's make install lays them out.
#
# Usage: harness/deb-tools.sh IFACECTL-BUILD-DIR KERNEL-TREE OUTDIR
set -eu -o pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$1" "$3"
build=$(cd "$1" && pwd)
kdir=$(cd "$2" && pwd)
out=$(cd "$3" && pwd)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

make -s -C "$repo/tools/ifacectl" OUT="$build" \
	TBL="$kdir/arch/x86/entry/syscalls/syscall_64.tbl" \
	DESTDIR="$stage/root" install
# Debian's layout: the man page compressed, a copyright file.
gzip -9n "$stage/root/usr/share/man/man8/ifacectl.8"
doc=$stage/root/usr/share/doc/syscall-iface-tools
install -d "$doc"
cat >"$doc/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: syscall-iface

Files: *
License: GPL-2.0-only
 On Debian systems the full text of the GNU General Public License
 version 2 is in /usr/share/common-licenses/GPL-2.
COPYRIGHT
chmod 0644 "$doc/copyright"
# The version: the number of commits, and the commit, when there is git.
n=$(git -C "$repo" rev-list --count HEAD 2>/dev/null || echo 0)
c=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo none)
version=0.$n+g$c
mkdir "$stage/root/DEBIAN"
cat >"$stage/root/DEBIAN/control" <<CONTROL
Package: syscall-iface-tools
Version: $version
Architecture: amd64
Maintainer: syscall-iface developers <syscall-iface@localhost>
Depends: libc6
Recommends: systemd
Section: admin
Priority: optional
Description: control tool for per-process system call interfaces
 ifacectl creates, lists and removes system call interfaces (foreign
 syscall tables, number registers, entry methods, return conventions)
 on a kernel with syscall-iface, and applies /etc/syscall-iface.d at
 boot (syscall-iface.service).  With the FreeBSD platform files it runs
 unmodified FreeBSD/amd64 programs.
CONTROL
rm -f "$out"/syscall-iface-tools_*.deb
dpkg-deb --root-owner-group -Zxz --build "$stage/root" \
	"$out/syscall-iface-tools_${version}_amd64.deb" >/dev/null
ls "$out"/syscall-iface-tools_*.deb
