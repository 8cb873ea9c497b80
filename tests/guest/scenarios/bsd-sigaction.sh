# test: freebsd and netbsd platforms: an action set through each one's struct sigaction (sa_flags before sa_mask on FreeBSD, after on NetBSD) reads back the same, and a bad signal is EINVAL
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
netbsd_iface nbsd
for p in fbsd nbsd; do
	out=$($p-sigaction)
	expect_eq "$?" 0 "$p: exit status"
	out=$(echo "$out" | grep -E '^(set|get|old|ignore|bad-signal) ')
	expect_eq "$out" "set 0 0
get 0 0
old 1 66 1073741824 0 0 0
ignore 0 0
bad-signal 1 22" "$p: each call's result"
done
