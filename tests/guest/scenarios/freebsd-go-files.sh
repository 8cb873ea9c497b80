# test: FreeBSD Go program: create, write, read, stat, list, rename and remove a file (FreeBSD open flags, struct stat, getdirentries)
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
mkdir -p /tmp/fbsd-files/sub
out=$(go-files /tmp/fbsd-files)
expect_eq "$?" 0 "exit status"
expect_eq "$out" 'fstat size 12 mode -rw-r-----
exclusive again: true
entry a.txt dir false
entry sub dir true
read "hello, file\n"
stat b.txt size 12 regular true
old name gone: true
removed: true' "output"
expect_eq "$(ls -A /tmp/fbsd-files)" "sub" "directory left as it was"
