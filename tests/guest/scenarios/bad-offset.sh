# test: bad input: offset + length past byte 128 is refused (ERANGE), either way round
. /lib/scenario.sh
mkdir $CFG/p
echo JUHA >$CFG/p/magic
refused ERANGE $CFG/p/offset 125
refused ERANGE $CFG/p/offset 128
refused EINVAL $CFG/p/offset abc
expect_eq "$(cfgw $CFG/p/offset 124)" OK "offset 124 + 4"
refused ERANGE $CFG/p/magic JUHAX
dmesg | grep -q "p: offset: offset 125 + length 4 is past byte 128 (-ERANGE)" || fail "no log line"
