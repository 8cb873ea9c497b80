# make demo: the experiment of section IV of the paper, configured at run
# time with ifacectl instead of compiled into the kernel.
run() {
	echo "# $*"
	eval "$@"
}

echo "== kernel $(uname -r), syscall-iface $(cat /sys/kernel/syscall_iface/version)"
echo
P=/usr/share/syscall-iface/platforms
echo "== 1. Register the \"custom\" platform from its platform file: number in rbx;"
echo "==    500 = debug service, 314 = write, 70 = exit; selected by the semi-ELF"
echo "==    loader on \"JUHA\"."
run grep -v "'^#'" $P/paper.conf
run ifacectl apply $P/paper.conf
run ifacectl apply $P/paper.conf
echo "==    what the kernel now holds, as a platform file:"
run ifacectl export custom
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
run insmod /lib/modules/syscall_iface_freebsd.ko
run grep -v "'^#'" $P/freebsd.conf
run ifacectl apply $P/freebsd.conf
run ifacectl brand --check /bin/go-hello
run "HELLO_ENV=demo go-hello 3 from-the-demo"
echo "(exit status $?)"
run ifacectl stats freebsd
echo
echo "== 7. A second platform: the same program built for NetBSD/amd64"
echo "==    (GOOS=netbsd), under the netbsd platform module, beside FreeBSD's."
run insmod /lib/modules/syscall_iface_netbsd.ko
run ifacectl apply $P/netbsd.conf
run ifacectl brand --check /bin/nbsd-go-hello
run "HELLO_ENV=demo nbsd-go-hello 4 from-the-demo"
echo "(exit status $?)"
run ifacectl stats netbsd
