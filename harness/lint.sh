#!/bin/bash
# make lint: the project's static checks.  Each prints what it checked;
# any finding fails the run (exit 1) after all checks have run.
#
#   1. scripts/checkpatch.pl --strict on every project kernel source
#      (kernel/, arch/, fs/, include/, tests/modules/) and every patch;
#   2. sparse (make C=2) on the project's kernel files and test module;
#   3. ifacectl built with -Wall -Wextra -Werror by gcc and by clang.
#
# Usage: harness/lint.sh KDIR
set -u -o pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
kdir=$(cd "$1" && pwd)
out=$repo/build/lint
rm -rf "$out"
mkdir -p "$out"
cd "$repo"
rc=0
failed() { echo "lint: $1 FAILED"; rc=1; }

# 1. checkpatch
src=$(git ls-files -co --exclude-standard kernel arch fs include tests/modules |
	grep -E '\.[ch]$')
patches=$(grep -v -e '^#' -e '^[[:space:]]*$' patches/series | sed 's|^|patches/|')
cp=$kdir/scripts/checkpatch.pl
n=0
for f in $src; do
	"$cp" --strict --no-tree -q -f "$f" >>"$out/checkpatch.log" 2>&1 || n=$((n + 1))
done
for p in $patches; do
	# On standard input: checkpatch takes a file that git tracks for a
	# source file, not a patch.
	echo "== $p" >>"$out/checkpatch.log"
	"$cp" --strict --no-tree --no-signoff -q - <"$p" >>"$out/checkpatch.log" 2>&1 ||
		n=$((n + 1))
done
echo "lint: checkpatch --strict: $(echo "$src" | wc -w) files, $(echo "$patches" | wc -w) patches, $n with findings"
[ $n = 0 ] || { cat "$out/checkpatch.log"; failed checkpatch; }

# 2. sparse, on our objects only (C=2 checks them whether or not they are
# rebuilt).  Findings in upstream headers they include count too, since
# they are reported against our files' use of them.
objs="kernel/syscall_iface/ arch/x86/entry/syscall_iface/ fs/binfmt_juha.o"
# shellcheck disable=SC2086
make -s -C "$kdir" C=2 $objs >"$out/sparse.log" 2>&1 ||
	{ cat "$out/sparse.log"; failed "sparse (build)"; }
mkdir -p "$out/modules"
cp tests/modules/* "$out/modules/"
make -s -C "$kdir" M="$out/modules" C=2 modules >>"$out/sparse.log" 2>&1 ||
	{ cat "$out/sparse.log"; failed "sparse (module build)"; }
findings=$(grep -E 'warning:|error:' "$out/sparse.log")
echo "lint: sparse: $(echo $objs | wc -w) kernel targets and the test module, $(grep -cE 'warning:|error:' "$out/sparse.log") findings"
[ -z "$findings" ] || { echo "$findings"; failed sparse; }

# 3. ifacectl under gcc and clang
for cc in gcc clang; do
	if make -s -C tools/ifacectl CC=$cc OUT="$out/ifacectl-$cc" \
		TBL="$kdir/arch/x86/entry/syscalls/syscall_64.tbl" >"$out/$cc.log" 2>&1; then
		echo "lint: ifacectl with $cc -Wall -Wextra -Werror: ok"
	else
		cat "$out/$cc.log"
		failed "ifacectl with $cc"
	fi
done

[ $rc = 0 ] && echo "lint: clean"
exit $rc
