# test: bad input: an unknown syscall name in a table is refused (EINVAL), table unchanged
. /lib/scenario.sh
paper_custom
before=$(cat $CFG/custom/table)
printf '1 write\n2 wirte\n' >$CFG/custom/table
expect_eq "$(cat $CFG/custom/table)" "$before" table
expect_eq "$(cat $CFG/custom/table_error)" "-EINVAL: line 2: unknown syscall 'wirte'" table_error
dmesg | grep -q "custom: table: line 2: unknown syscall 'wirte' (-EINVAL)" || fail "no log line"
printf '1 write\n2 1 3\n' >$CFG/custom/table
expect_eq "$(cat $CFG/custom/table_error)" "-EINVAL: line 2: unexpected '3'" "extra column"
printf '1\n' >$CFG/custom/table
expect_eq "$(cat $CFG/custom/table_error)" "-EINVAL: line 1: expected 'FOREIGN_NR NATIVE'" "one column"
printf 'x write\n' >$CFG/custom/table
expect_eq "$(cat $CFG/custom/table_error)" "-EINVAL: line 1: bad number 'x'" "bad number"
expect_eq "$(cat $CFG/custom/table)" "$before" "table after all"
printf '1 write\n' >$CFG/custom/table
expect_eq "$(cat $CFG/custom/table_error)" "" "table_error cleared by a good table"
