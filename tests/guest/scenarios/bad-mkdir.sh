# test: bad input: a name over 32 characters (ENAMETOOLONG), more than 1024 interfaces (ENOSPC)
# timeout: 300
. /lib/scenario.sh
expect_eq "$(cfgw -d $CFG/$(printf '%033d' 0))" ENAMETOOLONG "long name"
# One mkdir for all 1024: a process each is slow on the debug kernel.
mkdir $(seq 0 1023 | sed "s|^|$CFG/p|") || fail "mkdir p0 to p1023"
expect_eq "$(cfgw -d $CFG/p1024)" ENOSPC "interface 1025"
dmesg | grep -q "mkdir p1024: already 1024 interfaces" || fail "no log line"
# The sysfs summary still fits its page, and says what it left out.
tail -n 2 $STATS
tail -n 2 $STATS | grep -q '^(.* more interfaces; each has its own stats in configfs)$' ||
	fail "no overflow line"
expect_eq "$(tail -n 1 $STATS | awk '{ print $1 }')" total "last line"
rmdir $CFG/p0
expect_eq "$(cfgw -d $CFG/p1024)" OK "after one is removed"
