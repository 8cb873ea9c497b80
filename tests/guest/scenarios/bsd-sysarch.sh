# test: freebsd and netbsd platforms: sysarch sets and reads the fs and gs bases with each one's operations, and refuses a base above user memory and an unknown operation (EINVAL) and a bad pointer (EFAULT)
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
netbsd_iface nbsd
for p in fbsd nbsd; do
	out=$($p-sysarch)
	expect_eq "$?" 0 "$p: exit status"
	expect_eq "$out" "set-fs 0 0
fs-word 4660
get-fs 0 0
fs-same 1
set-gs 0 0
get-gs 0 0
gs-same 1
high 1 22
bad-op 1 22
bad-ptr 1 14" "$p: each call's result"
done
