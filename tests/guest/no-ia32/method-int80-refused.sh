# test: with no int 0x80 gate (booted with ia32_emulation=0), method int80 is refused with EOPNOTSUPP and a reason, and nothing changes
. /lib/scenario.sh
mkdir $CFG/n80 || fail "mkdir n80"
refused EOPNOTSUPP $CFG/n80/method int80
dmesg | grep -q 'n80: method: int80: this kernel has no int \$0x80 gate (IA32 emulation is off) (-EOPNOTSUPP)' ||
	fail "no log line: $(dmesg | tail -3)"
# The other method is still accepted.
echo syscall >$CFG/n80/method || fail "method syscall"
