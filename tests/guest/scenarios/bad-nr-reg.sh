# test: bad input: an unknown register is refused with EINVAL and a log line
. /lib/scenario.sh
paper_custom
refused EINVAL $CFG/custom/nr_reg rsp
refused EINVAL $CFG/custom/nr_reg eax
refused EINVAL $CFG/custom/nr_reg ""
dmesg | grep -q "custom: nr_reg: unknown register 'rsp'" || fail "no log line"
expect_eq "$(cfgw $CFG/custom/nr_reg r15)" OK "a good register"
