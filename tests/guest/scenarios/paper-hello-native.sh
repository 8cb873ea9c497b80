# test: paper IV: hello (ELF magic) prints nothing, exits 1, debug service says linux
. /lib/scenario.sh
paper_custom
hello >out
rc=$?
expect_eq "$rc" 1 "exit status"
[ ! -s out ] || fail "printed: $(od -c out)"
dmesg | grep -q "iface_info: hello\[[0-9]*\] runs interface linux" ||
	fail "debug service did not report linux"
