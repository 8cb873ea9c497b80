# test: freebsd and netbsd platforms: a seccomp filter that denies a native call denies the services that do that call's work without making it: the local-socket peer query (LOCAL_PEERCRED, LOCAL_PEEREID) as getsockopt, getfsstat and getvfsstat as statfs, extattr_set_file as setxattr
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
netbsd_iface nbsd
# Linux's getsockopt is 55, statfs 137 and setxattr 188; socketpair (53)
# stays allowed.
expect_eq "$(deny -n 55 fbsd-peer | head -n 1)" "pair 1 1" "freebsd peer: EPERM"
expect_eq "$(deny -n 55 nbsd-peer | head -n 1)" "pair 1 1" "netbsd peer: EPERM"
expect_eq "$(deny -n 137 fbsd-fsstat / | head -n 1)" "count 1 1" \
	"freebsd getfsstat: EPERM"
expect_eq "$(deny -n 137 nbsd-fsstat / | head -n 1)" "count 1 1" \
	"netbsd getvfsstat: EPERM"
mkdir -p /tmp/own-work
expect_eq "$(deny -n 188 fbsd-extattr /tmp/own-work | head -n 1)" "set 1 1" \
	"freebsd extattr_set_file: EPERM"
expect_eq "$(deny -n 188 nbsd-extattr /tmp/own-work | head -n 1)" "set 1 1" \
	"netbsd extattr_set_file: EPERM"
# The filter is what fails them: without it, the same calls work.
expect_eq "$(fbsd-peer | head -n 1)" "pair 0 0" "freebsd peer without the filter"
expect_eq "$(fbsd-fsstat / | head -n 1 | cut -d' ' -f1,2)" "count 0" \
	"freebsd getfsstat without the filter"
