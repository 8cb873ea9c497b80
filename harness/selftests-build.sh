#!/bin/bash
# Build the upstream selftests the project compares vanilla and our kernel
# with, statically, with kselftest's own Makefiles, from a 6.12 tree's
# tools/testing/selftests (our kernel's: no patch of ours touches it, which
# this checks, so they are upstream's).  Writes OUT/<suite>/<program>
# and OUT/selftests.cpio, a cpio archive that puts them under /selftests
# in the guest.
#
# Usage: harness/selftests-build.sh KDIR OUT
#
# Suites: seccomp, syscall_user_dispatch, ptrace, exec, prctl and x86 (64-
# and 32-bit).  Left out, with the reason:
#   exec/binfmt_script.py       Python
#   exec/load_address.0x*       dynamic PIE by design; the static-PIE
#                               variants run, but for 0x1000000 (a 50 MB file)
#   *_benchmark                 benchmarks, not tests
#   prctl/disable-tsc-*-stress  stress loops, not pass/fail tests
#   x86/ldt_gdt_32, _64        built, but not run: they can wedge a TCG
#                               guest (tests/guest/selftests/10-native.sh)
set -eu

repo=$(cd "$(dirname "$0")/.." && pwd)
if grep -l "^+++ b/tools/testing/selftests/" "$repo"/patches/*.patch >&2; then
	echo "selftests: the patches above change upstream's selftests" >&2
	exit 1
fi

kdir=$(cd "$1" && pwd)
rm -rf "$2"
mkdir -p "$2"
out=$(cd "$2" && pwd)
st=$kdir/tools/testing/selftests
jobs=$(nproc)

# Kernel headers for KHDR_INCLUDES (usr/include in the tree).
make -s -C "$kdir" headers >/dev/null

build() { # build SUITE TARGET...  (CC=gcc for the static-PIE ones)
	local suite=$1
	shift
	mkdir -p "$out/$suite"
	make -s -C "$st/$suite" -j"$jobs" OUTPUT="$out/$suite" CC="${CC:-gcc -static}" \
		"${@/#/$out/$suite/}" >>"$out/$suite.log" 2>&1 ||
		{ echo "selftests: building $suite failed:" >&2; tail -n 20 "$out/$suite.log" >&2; exit 1; }
}

build seccomp seccomp_bpf
build syscall_user_dispatch sud_test
build ptrace get_syscall_info peeksiginfo vmaccess get_set_sud
build exec execveat non-regular recursion-depth null-argv \
	execveat.symlink execveat.denatured script subdir
# already static (-static-pie)
CC=gcc build exec load_address.static.0x1000 load_address.static.0x200000
cp "$st/exec/Makefile" "$out/exec/Makefile"
build prctl disable-tsc-test set-anon-vma-name-test set-process-name

# x86: every 64- and 32-bit program its Makefile builds here.
mkdir -p "$out/x86"
make -s -C "$st/x86" -j"$jobs" OUTPUT="$out/x86" CC="gcc -static" \
	>"$out/x86.log" 2>&1 ||
	{ echo "selftests: building x86 failed:" >&2; tail -n 20 "$out/x86.log" >&2; exit 1; }

# Debug info only costs guest memory.
find "$out" -type f -perm -u+x | while read -r f; do
	[ "$(head -c 4 "$f")" = "$(printf '\177ELF')" ] && strip --strip-debug "$f"
done

# The guest archive: /selftests/SUITE/..., files, links and directories
# as built.
list=$out/selftests.list
{
	echo "dir /selftests 0755 0 0"
	cd "$out"
	find seccomp syscall_user_dispatch ptrace exec prctl x86 -mindepth 1 \
		! -name '*.log' ! -name '*.o' | LC_ALL=C sort | while read -r f; do
		if [ -L "$f" ]; then
			echo "slink /selftests/$f $(readlink "$f") 0777 0 0"
		elif [ -d "$f" ]; then
			echo "dir /selftests/$f 0755 0 0"
		elif [ -x "$f" ]; then
			echo "file /selftests/$f $out/$f 0755 0 0"
		else
			echo "file /selftests/$f $out/$f 0644 0 0"
		fi
	done
	for s in seccomp syscall_user_dispatch ptrace exec prctl x86; do
		echo "dir /selftests/$s 0755 0 0"
	done
} | awk '!seen[$2]++' | sort -k2,2 >"$list"
"$kdir/usr/gen_init_cpio" "$list" >"$out/selftests.cpio"
