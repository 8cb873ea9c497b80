# test: bad input: a name over 32 characters (ENAMETOOLONG), more than 32 interfaces (ENOSPC)
. /lib/scenario.sh
expect_eq "$(cfgw -d $CFG/$(printf '%033d' 0))" ENAMETOOLONG "long name"
i=0
while [ $i -lt 32 ]; do
	mkdir $CFG/p$i || fail "mkdir p$i"
	i=$((i + 1))
done
expect_eq "$(cfgw -d $CFG/p32)" ENOSPC "33rd interface"
rmdir $CFG/p0
expect_eq "$(cfgw -d $CFG/p32)" OK "after one is removed"
