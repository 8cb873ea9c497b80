# test: uid 1000 cannot create, change, bind, unbind or delete interfaces, nor select a restricted one; nothing changes
. /lib/scenario.sh
lx_platform lx LXID
mkdir $CFG/open
echo OPEN >$CFG/open/magic
echo 1 >$CFG/lx/restricted
snap() { for f in $CFG/*/*; do case $f in */stats|*/table_error) ;; *) echo "== $f"; cat "$f" ;; esac; done; ls $CFG; }
snap >before

# as UID: run a command as uid 1000 (gid 1000, no groups, no capabilities)
as() { ifacetest asuser 1000 "$@"; }
expect_eq "$(as /bin/cfgw -d $CFG/mine)" EACCES "mkdir"
expect_eq "$(as /bin/cfgw -r $CFG/open)" EACCES "rmdir"
for a in 'table 1 getpid' 'nr_reg rbx' 'unmapped kill' 'restricted 0' \
	'magic OPEN' 'offset 4' 'mask \xff\xff\xff\xff' 'binfmt juha' 'binfmt '; do
	for i in lx open linux; do
		expect_eq "$(as /bin/cfgw $CFG/$i/${a%% *} "${a#* }")" EACCES "$i/${a%% *}"
	done
done
# ifacectl says why and exits 3 (permission), and changes nothing.
for c in "create mine" "delete open" "bind open juha" "unbind lx" \
	"table lx load /tmp/lx.table"; do
	out=$(as /bin/ifacectl $c 2>&1)
	rc=$?
	echo "ifacectl $c: $rc: $out"
	expect_eq "$rc" 3 "ifacectl $c exit status"
	case $out in *ermission*) ;; *) fail "ifacectl $c: no reason given: $out" ;; esac
done
# Restricted: not selectable now or for the next exec, nor by ifacectl run.
expect_eq "$(as /bin/ifacetest set lx)" "set: -1" "prctl SET restricted"
expect_eq "$(as /bin/ifacetest setexec lx /bin/ifacetest name)" "setexec: -1" "prctl SET_EXEC restricted"
out=$(as /bin/ifacectl run lx -- /bin/ifacetest name 2>&1)
expect_eq "$?" 3 "ifacectl run restricted"
# Reading is allowed.
as /bin/cat $CFG/lx/table >/dev/null || fail "uid 1000 cannot read a table"
snap >after
cmp -s before after || { diff before after; fail "the tree changed"; }
