# test: a platform file the kernel refuses part of (a platform no module provides) leaves the tree as it was: what the apply created is removed, what it changed is put back
. /lib/scenario.sh
mkdir $CFG/keep && echo rbx >$CFG/keep/nr_reg || fail setup
printf '1 write\n' >$CFG/keep/table
before=$(ifacectl export)
cat >bad.conf <<'EOF2'
interface fresh {
	ret carry
}
interface keep {
	nr_reg rcx
	unmapped kill
	platform nosuch
	table {
		1 exit
	}
}
EOF2
out=$(ifacectl apply bad.conf 2>&1)
expect_eq "$?" 2 "exit status"
echo "$out" | grep -q "bad.conf:4: interface 'keep' refused; this apply changed nothing" || fail "message: $out"
[ ! -d $CFG/fresh ] || fail "fresh is still there"
expect_eq "$(ifacectl export)" "$before" "the tree is as it was"
expect_eq "$(cat $CFG/keep/nr_reg) $(cat $CFG/keep/unmapped)" "rbx enosys" "keep's settings"
rmdir $CFG/keep
