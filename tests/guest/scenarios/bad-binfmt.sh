# test: bad input: unknown handler (EINVAL), no magic (EINVAL), same handler and signature (EEXIST)
. /lib/scenario.sh
paper_custom
refused EINVAL $CFG/custom/binfmt misc
mkdir $CFG/nomagic
refused EINVAL $CFG/nomagic/binfmt juha
mkdir $CFG/twin
echo JUHA >$CFG/twin/magic
refused EEXIST $CFG/twin/binfmt juha
dmesg | grep -q "twin: binfmt: custom, bound to juha, has the same signature (-EEXIST)" || fail "no log line"
# Same signature, other handler: allowed.
expect_eq "$(cfgw $CFG/twin/binfmt elf)" OK "same signature on elf"
# Changing a bound signature into a clash is refused too.
echo JUHB >$CFG/twin/magic
echo juha >$CFG/twin/binfmt
refused EEXIST $CFG/twin/magic JUHA
hello-modified >out
printf 'Hello, world!\r\n' | cmp - out || fail "custom stopped matching"
