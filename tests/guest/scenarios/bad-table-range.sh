# test: bad input: numbers out of range are refused (ERANGE), table unchanged
. /lib/scenario.sh
paper_custom
before=$(cat $CFG/custom/table)
printf '65536 write\n' >$CFG/custom/table
expect_eq "$(cat $CFG/custom/table_error)" "-ERANGE: line 1: foreign number 65536 out of range (0-65535)" foreign
printf '1 463\n' >$CFG/custom/table
expect_eq "$(cat $CFG/custom/table_error)" "-ERANGE: line 1: native number 463 out of range (0-462)" native
printf '99999999999 write\n' >$CFG/custom/table
expect_eq "$(cat $CFG/custom/table_error)" "-ERANGE: line 1: foreign number 99999999999 out of range (0-65535)" huge
expect_eq "$(cat $CFG/custom/table)" "$before" table
dmesg | grep -q "custom: table: line 1: native number 463 out of range (0-462) (-ERANGE)" || fail "no log line"
