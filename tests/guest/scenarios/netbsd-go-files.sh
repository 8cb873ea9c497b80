# test: NetBSD Go program: create, write, read, stat, list, rename and remove a file (NetBSD open flags, __stat50's struct stat, __getdents30)
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
mkdir -p /tmp/nbsd-files/sub
out=$(nbsd-go-files /tmp/nbsd-files)
expect_eq "$?" 0 "exit status"
expect_eq "$out" 'fstat size 12 mode -rw-r-----
exclusive again: true
entry a.txt dir false
entry sub dir true
read "hello, file\n"
stat b.txt size 12 regular true
old name gone: true
removed: true' "output"
expect_eq "$(ls -A /tmp/nbsd-files)" "sub" "directory left as it was"
