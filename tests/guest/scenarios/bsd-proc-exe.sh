# test: freebsd and netbsd platforms: kern.proc.pathname.PID (FreeBSD) and kern.proc_args.PID.PATHNAME (NetBSD) give a process's executable as /proc/PID/exe does: the caller's own and, to root, init's; to another user, init's is EACCES, as /proc/1/exe is
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
netbsd_iface nbsd
init=$(readlink /proc/1/exe)
for p in fbsd-kinfo nbsd-kinfo2; do
	self=$(readlink -f "$(command -v $p)")
	expect_eq "$(sh -c "exec $p \$\$")" "exe 0 0
$self" "$p: itself"
	expect_eq "$($p 1)" "exe 0 0
$init" "$p: init, as root"
	expect_eq "$(ifacetest asuser 1000 "$(command -v $p)" 1)" "exe 1 13" \
		"$p: init, as uid 1000"
done
