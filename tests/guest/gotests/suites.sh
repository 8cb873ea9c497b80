# test: Go's own tests of the packages in /gotests/packages, built for linux, freebsd and netbsd: each run natively and under the BSD platforms, logs in $OUT
# timeout: 3000
. /lib/scenario.sh
freebsd_iface fbsd
netbsd_iface nbsd
# What the net package's tests expect of a machine: loopback up, and
# localhost's names.
ip link set lo up || fail "loopback"
printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost\n' >/etc/hosts
cp /gotests/packages "$OUT/packages"
while read -r p; do
	/gotests/run.sh "$p" "$OUT"
done </gotests/packages
