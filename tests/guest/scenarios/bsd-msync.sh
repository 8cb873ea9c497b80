# test: freebsd and netbsd platforms: msync with each platform's flags: FreeBSD's MS_SYNC is 0 and refuses MS_ASYNC with MS_INVALIDATE; NetBSD's is 4 and refuses no flag; an unknown flag is EINVAL and an unmapped range ENOMEM
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
netbsd_iface nbsd
expect_eq "$(fbsd-msync)" "sync 0 0
async 0 0
invalidate 0 0
both 1 22
bad 1 22
none 0 0
unmapped 1 12" "freebsd"
expect_eq "$(nbsd-msync)" "sync 0 0
async 0 0
invalidate 0 0
both 0 0
bad 1 22
none 1 22
unmapped 1 12" "netbsd"
