# test: ret carry, method int80: a forked child returns from fork as its parent does, with r11 kept and CF clear
. /lib/scenario.sh
mkdir $CFG/cvf || fail "mkdir cvf"
printf '3 exit\n57 fork\n61 wait4\n' >$CFG/cvf/table
echo int80 >$CFG/cvf/method || fail "method int80"
echo carry >$CFG/cvf/ret || fail "ret carry"
echo CVF1 >$CFG/cvf/magic
echo juha >$CFG/cvf/binfmt
[ -z "$(cat $CFG/cvf/table_error)" ] || fail "cvf: $(cat $CFG/cvf/table_error)"
cp /bin/fork-r11-int80 ./fork-r11-cvf
printf CVF1 | dd of=./fork-r11-cvf bs=1 conv=notrunc 2>/dev/null
./fork-r11-cvf
expect_eq $? 0 "parent and child: r11 kept, CF clear"
