# test: bad input: a mask whose length differs from the magic's is refused (EINVAL)
. /lib/scenario.sh
paper_custom
refused EINVAL $CFG/custom/mask '\xff\xff'
expect_eq "$(cfgw $CFG/custom/mask '\xff\xff\xff\xdf')" OK "a 4-byte mask"
refused EINVAL $CFG/custom/magic JUHAA
dmesg | grep -q "custom: mask: 2 bytes, but magic has 4 (-EINVAL)" || fail "no log line"
# Masked: "JUHa" matches too now (bit 0x20 of byte 3 ignored).
echo 'JUHA' >$CFG/custom/magic
cp /bin/hello-modified /tmp/h && printf 'JUHa' | dd of=/tmp/h bs=1 conv=notrunc 2>/dev/null
/tmp/h >out
printf 'Hello, world!\r\n' | cmp - out || fail "masked signature did not match"
expect_eq "$(cfgw $CFG/custom/mask '')" OK "clear the mask"
expect_eq "$(cat $CFG/custom/mask)" "" "mask cleared"
