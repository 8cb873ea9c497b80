# test: bad input: an empty or too long magic, or a bad escape, is refused
. /lib/scenario.sh
paper_custom
refused EINVAL $CFG/custom/magic ""
long=$(printf '%0129d' 0)
refused E2BIG $CFG/custom/magic "$long"
refused EINVAL $CFG/custom/magic 'AB\x4'
refused EINVAL $CFG/custom/magic 'AB\q'
dmesg | grep -q "custom: magic: empty (-EINVAL)" || fail "no log line (empty)"
dmesg | grep -q "custom: magic: longer than 128 bytes (-E2BIG)" || fail "no log line (long)"
expect_eq "$(cfgw $CFG/custom/magic "$(printf '%0128d' 0)")" OK "128 bytes at offset 0"
