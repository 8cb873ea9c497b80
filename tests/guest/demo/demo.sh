# make demo: the experiment of section IV of the paper, configured at run
# time with ifacectl instead of compiled into the kernel.
run() {
	echo "# $*"
	eval "$@"
}

echo "== kernel $(uname -r), syscall-iface $(cat /sys/kernel/syscall_iface/version)"
echo
echo "== 1. Register the \"custom\" platform: number in rbx; 500 = debug service,"
echo "==    314 = write, 70 = exit; selected by the semi-ELF loader on \"JUHA\"."
printf '500 iface_info\n314 write\n70 exit\n' >/tmp/custom.tbl
run cat /tmp/custom.tbl
run ifacectl create custom --table /tmp/custom.tbl --nr-reg rbx --magic JUHA
run ifacectl bind custom juha
echo "==    and give linux the debug service at the paper's native number 548:"
run "echo '548 iface_info' | ifacectl table linux load -"
run ifacectl list
echo
echo "== 2. Brand the paper's hello.asm program with \"JUHA\" in place of the ELF magic:"
run ifacectl brand /bin/hello --magic JUHA -o /tmp/hello-modified
run ifacectl brand --check /bin/hello
run ifacectl brand --check /tmp/hello-modified
echo
echo "== 3. Run both."
for prog in /bin/hello /tmp/hello-modified; do
	$prog >/tmp/out
	status=$?
	echo "# ${prog##*/} | od -c"
	od -c /tmp/out
	echo "(exit status $status)"
done
echo
echo "== 4. What the debug service reported (kernel log):"
dmesg | grep 'iface_info:' | sed 's/^\[[ 0-9.]*\] /   /'
echo
echo "== 5. Counters:"
run ifacectl stats
echo
echo "== 6. Beyond the paper: an unmodified FreeBSD/amd64 program, built by Go"
echo "==    for FreeBSD (GOOS=freebsd), under the freebsd platform module."
P=/usr/share/syscall-iface/platforms
run insmod /lib/modules/syscall_iface_freebsd.ko
run ifacectl create freebsd --table $P/freebsd.table --errno $P/freebsd.errno \
	--ret carry --platform freebsd --magic "'\\x09'" --offset 7
run ifacectl bind freebsd elf
run ifacectl brand --check /bin/go-hello
run "HELLO_ENV=demo go-hello 3 from-the-demo"
echo "(exit status $?)"
run ifacectl stats freebsd
