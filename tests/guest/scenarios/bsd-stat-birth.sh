# test: freebsd and netbsd platforms: fstatat and fstat give a file's birth time where its file system keeps one (tmpfs): at its mtime when made, before it once written later, after it once its mtime is set back; and tv_sec -1 where none is kept (procfs)
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
netbsd_iface nbsd
d=/tmp/birth.mnt
mkdir -p $d
mount -t tmpfs birth $d || fail "mount"
for p in fbsd nbsd; do
	f=$d/$p
	: >"$f"
	expect_eq "$($p-stat-birth "$f")" "fstatat 0 0
fstat 0 0
birth at mtime
same 1" "$p: a new file"
	sleep 1
	echo x >>"$f"
	expect_eq "$($p-stat-birth "$f" | sed -n 3p)" "birth before mtime" \
		"$p: written a second later"
	touch -m -d "2000-01-01 00:00:00" "$f"
	expect_eq "$($p-stat-birth "$f" | sed -n 3p)" "birth after mtime" \
		"$p: its mtime set back"
	expect_eq "$($p-stat-birth /proc/self/stat)" "fstatat 0 0
fstat 0 0
birth unknown
same 1" "$p: a file of procfs"
done
