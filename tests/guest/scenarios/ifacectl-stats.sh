# test: ifacectl stats and show agree with /sys/kernel/syscall_iface/stats and the kernel's counters
. /lib/scenario.sh
paper_custom
hello-modified >/dev/null
hello-modified >/dev/null
# Every exec counts on linux, ifacectl and cat included: compare the rest.
expect_eq "$(ifacectl stats | grep -v "^linux \|^total ")" "$(grep -v "^linux \|^total " $STATS)" "stats text = sysfs file"
row=$(grep '^custom ' $STATS)
set -- $row
expect_eq "$(ifacectl stats custom --json)" "{\"interfaces\":[{\"name\":\"custom\",\"binfmt\":\"juha\",\"tasks\":$3,\"execs\":$4,\"syscalls\":$5,\"unmapped\":$6}]}" "stats json"
expect_eq "$4 $5" "2 6" "counters"
ifacectl show custom --json | grep -q '"stats":{"tasks":0,"execs":2,"syscalls":6,"unmapped":0}' ||
	fail "show: $(ifacectl show custom --json)"
