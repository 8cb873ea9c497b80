# make demo: the experiment of section IV of the paper, configured at run
# time through configfs instead of compiled into the kernel.
CFG=/sys/kernel/config/syscall_iface
run() {
	echo "# $*"
	eval "$@"
}

echo "== kernel $(uname -r), syscall-iface $(cat /sys/kernel/syscall_iface/version)"
echo
echo "== 1. Register the \"custom\" platform: number in rbx; 500 = debug service,"
echo "==    314 = write, 70 = exit; selected by the semi-ELF loader on \"JUHA\"."
run mkdir $CFG/custom
run "printf '500 iface_info\n314 write\n70 exit\n' > $CFG/custom/table"
run "echo rbx > $CFG/custom/nr_reg"
run "echo JUHA > $CFG/custom/magic"
run "echo juha > $CFG/custom/binfmt"
echo "==    and give linux the debug service at the paper's native number 548:"
run "echo '548 iface_info' > $CFG/linux/table"
run "cat $CFG/custom/table"
echo
echo "== 2. The same program, hello.asm, with the ELF magic and with \"JUHA\":"
run "od -A d -t x1 -N 8 /bin/hello"
run "od -A d -t x1 -N 8 /bin/hello-modified"
echo
echo "== 3. Run both."
for prog in hello hello-modified; do
	$prog >/tmp/out
	status=$?
	echo "# $prog | od -c"
	od -c /tmp/out
	echo "(exit status $status)"
done
echo
echo "== 4. What the debug service reported (kernel log):"
dmesg | grep 'iface_info:' | sed 's/^\[[ 0-9.]*\] /   /'
echo
echo "== 5. Counters:"
run "cat /sys/kernel/syscall_iface/stats"
