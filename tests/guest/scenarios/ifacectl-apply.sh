# test: ifacectl apply makes the paper's platform from one file and runs its program; a second apply changes nothing; export, apply on a clean tree, export gives the same file; a new interface's defaults are what the files assume
. /lib/scenario.sh
cat >paper.conf <<'EOF2'
# the paper's platform (section IV)
interface custom {
	nr_reg rbx
	magic JUHA
	binfmt juha
	table {
		500 iface_info
		314 write
		70 exit
	}
}
EOF2
expect_eq "$(ifacectl apply paper.conf)" "custom: created, with nr_reg, table, magic, binfmt" "first apply"
hello-modified >out
expect_eq "$?" 1 "the paper's program, exit status"
printf 'Hello, world!\r\n' | cmp - out || fail "output: $(od -c out)"
expect_eq "$(ifacectl apply paper.conf)" "$(printf 'custom: unchanged\nnothing to change')" "second apply"
expect_eq "$(ifacectl diff paper.conf)" "no differences" diff
ifacectl export >e1.conf || fail export
ifacectl delete custom || fail delete
ifacectl apply e1.conf >/dev/null || fail "apply the export"
ifacectl export >e2.conf || fail "export again"
cmp e1.conf e2.conf || fail "exports differ: $(diff e1.conf e2.conf)"
# A file that sets nothing describes a new interface exactly.
printf 'interface plain {\n}\n' >plain.conf
mkdir $CFG/plain || fail mkdir
expect_eq "$(ifacectl diff plain.conf)" "no differences" "defaults"
rmdir $CFG/plain
