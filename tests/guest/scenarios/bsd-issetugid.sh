# test: freebsd and netbsd platforms: issetugid is 1 in a set-user-ID program run by another user (AT_SECURE), 0 in the same program run plainly and in a root program
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
netbsd_iface nbsd
chmod 755 .
for p in fbsd-ugid nbsd-ugid; do
	expect_eq "$($p)" "issetugid 0 0" "$p as root"
	expect_eq "$(ifacetest asuser 1000 /bin/$p)" "issetugid 0 0" "$p as uid 1000"
	cp /bin/$p ./$p-suid
	chmod 4755 ./$p-suid
	expect_eq "$(ifacetest asuser 1000 ./$p-suid)" "issetugid 0 1" "set-user-ID $p as uid 1000"
done
