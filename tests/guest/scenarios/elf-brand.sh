# test: the elf handler claims a normal ELF by EI_OSABI at offset 7, as FreeBSD brands binaries
. /lib/scenario.sh
mkdir $CFG/brand
printf '1001 write\n1002 exit_group\n1003 iface_info\n' >$CFG/brand/table
printf '\\x42' >$CFG/brand/magic
echo 7 >$CFG/brand/offset
echo elf >$CFG/brand/binfmt
expect_eq "$(cat $CFG/brand/magic)" B "magic (0x42 shown as B)"
out=$(osabi-branded)
expect_eq "$? $out" "0 branded program runs under brand" "branded"
out=$(osabi)
expect_eq "$? $out" "3 " "unbranded runs native"
expect_eq "$(stat brand execs)" 1 "brand execs"
# A mask: match any OSABI with the 0x40 bit set.
echo '\x40' >$CFG/brand/mask
echo '\x40' >$CFG/brand/magic
out=$(osabi-branded)
expect_eq "$? $out" "0 branded program runs under brand" "masked match"
