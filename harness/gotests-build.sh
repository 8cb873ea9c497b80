#!/bin/sh
# Build the conformance suite: the tests of the Go packages listed in
# tests/gotests/packages, each for GOOS=linux, freebsd and netbsd, offline
# with Debian's golang-go, and pack them as an extra initramfs archive
# for the guest (tests/bats/gotests.bats appends it).  SET is "all", or
# "short" for the packages not marked long.
#
# A package is the standard library's (GOROOT/src/PKG) or else one of
# Debian's golang-*-dev packages (GOPATH/src/PKG, GOPATH=/usr/share/gocode,
# built in GOPATH mode: golang.org/x/sys/unix, x/net, fsnotify, ...).  In the guest each package lives where its source does on
# the host, with its .go files and testdata (tests read both, and
# GOROOT, from there), and its test binaries, linux.test, freebsd.test
# and netbsd.test.  /gotests has the list of packages, tests/gotests/run.sh
# and skip; /usr/share/zoneinfo is the host's, for the time package.
#
# Usage: harness/gotests-build.sh KDIR OUT SET
set -eu
kdir=$1 out=$2 set=$3
repo=$(cd "$(dirname "$0")/.." && pwd)
goroot=$(go env GOROOT)
gopath=/usr/share/gocode
bin=$repo/build/gotests
mkdir -p "$bin"
echo "$goroot" >"$bin/goroot"
echo "$gopath" >"$bin/gopath"
rm -f "$bin/zoneinfo.zip"
(cd /usr/share/zoneinfo && zip -q -0 -r "$bin/zoneinfo.zip" . -x 'right/*' 'posix/*')
case $set in
all) sed 's/#.*//' "$repo/tests/gotests/packages" | awk 'NF' ;;
short) sed 's/#.*//' "$repo/tests/gotests/packages" | awk 'NF && !/[[:space:]]long/' ;;
*) echo "gotests-build: SET is all or short, not '$set'" >&2; exit 1 ;;
esac >"$bin/packages.$set.marks"
awk '{ print $1 }' "$bin/packages.$set.marks" >"$bin/packages.$set"
export CGO_ENABLED=0 GOARCH=amd64 GOPROXY=off GOFLAGS= \
	GOCACHE=$repo/build/go/cache GOPATH=$repo/build/go/path

list=$out.list
{
	echo "dir /gotests 0755 0 0"
	echo "file /gotests/packages $bin/packages.$set 0644 0 0"
	echo "file /gotests/goroot $bin/goroot 0644 0 0"
	echo "file /gotests/gopath $bin/gopath 0644 0 0"
	echo "file /gotests/run.sh $repo/tests/gotests/run.sh 0755 0 0"
	echo "file /gotests/skip $repo/tests/gotests/skip 0644 0 0"
	echo "dir /etc 0755 0 0"
	echo "dir /usr 0755 0 0"
	echo "dir /usr/share 0755 0 0"
	find -L /usr/share/zoneinfo -path '*/right' -prune -o -path '*/posix' -prune -o \
		-type d -print | sed 's/.*/dir & 0755 0 0/'
	find -L /usr/share/zoneinfo -path '*/right' -prune -o -path '*/posix' -prune -o \
		-type f -print | sed 's/.*/file & & 0644 0 0/'
	dirs=" /usr"
	while read -r p marks; do
		d=$goroot/src/$p mode=
		[ -d "$d" ] || d=$gopath/src/$p mode="GO111MODULE=off GOPATH=$gopath"
		# Every directory on the way, once.
		sub=
		for part in $(echo "${d#/}" | tr / ' '); do
			sub=$sub/$part
			case "$dirs " in *" $sub "*) continue ;; esac
			dirs="$dirs $sub"
			echo "dir $sub 0755 0 0"
		done
		for f in "$d"/*.go; do
			echo "file $f $f 0644 0 0"
		done
		if [ -d "$d/testdata" ]; then
			find -L "$d/testdata" -type d | sed 's/.*/dir & 0755 0 0/'
			find -L "$d/testdata" -type f | sed 's/.*/file & & 0644 0 0/'
		fi
		n=$(echo "$p" | tr / -)
		for os in linux freebsd netbsd; do
			case " $marks " in *" no$os "*) continue ;; esac
			env $mode GOOS=$os go test -c -ldflags='-s -w' -o "$bin/$n.$os.test" "$p"
			echo "file $d/$os.test $bin/$n.$os.test 0755 0 0"
		done
	done <"$bin/packages.$set.marks"
	# The time package's tests read GOROOT's zoneinfo.zip, which Debian
	# leaves out: the same zones, stored uncompressed as Go reads them.
	echo "dir $goroot/lib 0755 0 0"
	echo "dir $goroot/lib/time 0755 0 0"
	echo "file $goroot/lib/time/zoneinfo.zip $bin/zoneinfo.zip 0644 0 0"
} >"$list"
"$kdir/usr/gen_init_cpio" "$list" >"$out"
