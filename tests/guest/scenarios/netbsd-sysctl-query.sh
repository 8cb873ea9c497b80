# test: netbsd platform: sysctl's CTL_QUERY lists the nodes below a name, so that a name's numbers are found a level at a time (kern 1, kern.hostname 10, read through them); a query node of another version is EINVAL, and a name with nothing below it ENOENT
# timeout: 30
. /lib/scenario.sh
netbsd_iface nbsd
expect_eq "$(nbsd-sysctl)" "kern 0 1
hostname 0 10
read 0 $(hostname)
version 1 22
unknown 1 2
leaf 1 2" "the queries"
