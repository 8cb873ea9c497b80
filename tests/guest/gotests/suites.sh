# test: Go's own tests of the packages in /gotests/packages, built for linux, freebsd and netbsd: each run natively and under the BSD platforms, logs in $OUT
# timeout: 3000
. /lib/scenario.sh
freebsd_iface fbsd
netbsd_iface nbsd
# What the tests expect of a machine: net's, loopback up and localhost's
# names; os/user's, a user database with the user the tests run as
# (run.sh sets USER); x/sys/unix's for NetBSD, ptys (/dev/ptmx).
ip link set lo up || fail "loopback"
printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost\n' >/etc/hosts
printf 'root:x:0:0:root:/root:/bin/sh\n' >/etc/passwd
printf 'root:x:0:\n' >/etc/group
mkdir -p /dev/pts
mount -t devpts -o ptmxmode=0666 devpts /dev/pts || fail "devpts"
[ -e /dev/ptmx ] || ln -s pts/ptmx /dev/ptmx
cp /gotests/packages "$OUT/packages"
while read -r p; do
	/gotests/run.sh "$p" "$OUT"
done </gotests/packages
