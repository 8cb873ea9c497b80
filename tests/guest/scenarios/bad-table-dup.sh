# test: bad input: a foreign number mapped twice is refused (EEXIST), table unchanged
. /lib/scenario.sh
paper_custom
before=$(cat $CFG/custom/table)
printf '1 write\n2 read\n0x1 exit\n' >$CFG/custom/table
expect_eq "$(cat $CFG/custom/table_error)" "-EEXIST: line 3: foreign number 1 mapped twice" table_error
expect_eq "$(cat $CFG/custom/table)" "$before" table
hello-modified >out
printf 'Hello, world!\r\n' | cmp - out || fail "the old table no longer works"
