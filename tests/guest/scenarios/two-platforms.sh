# test: two foreign platforms with different tables and registers at once
. /lib/scenario.sh
paper_custom
mkdir $CFG/alt
printf '7 write\n9 exit\n11 iface_info\n' >$CFG/alt/table
echo r13 >$CFG/alt/nr_reg
echo 'ALT!' >$CFG/alt/magic
echo juha >$CFG/alt/binfmt
# Alone first, so that its debug line is not lost to the log ratelimit.
alt-branded >/dev/null
expect_eq "$?" 3 "alt exit status"
dmesg | grep -q "iface_info: alt-branded\[[0-9]*\] runs interface alt" || fail "alt debug"
i=0
while [ $i -lt 5 ]; do
	hello-modified >h.$i &
	alt-branded >a.$i &
	i=$((i + 1))
done
wait
i=0
while [ $i -lt 5 ]; do
	printf 'Hello, world!\r\n' | cmp - h.$i || fail "custom run $i: $(od -c h.$i)"
	expect_eq "$(cat a.$i)" "alt platform" "alt run $i"
	i=$((i + 1))
done
expect_eq "$(stat alt execs)" 6 "alt execs"
expect_eq "$(stat alt syscalls)" 18 "alt syscalls"
expect_eq "$(stat custom execs)" 5 "custom execs"
