#!/bin/sh
# Install the Debian packages the project needs, if any are missing.
# Idempotent, and silent when everything is already present.
set -eu

PKGS="linux-source-6.12 build-essential bc bison flex libelf-dev libssl-dev
      cpio xz-utils gzip kmod perl qemu-system-x86 nasm busybox-static bats
      strace jq gcc-multilib libcap-dev sparse clang gnuplot-nox
      trinity stress-ng golang-go golang-golang-x-sys-dev
      golang-golang-x-net-dev golang-golang-x-term-dev
      golang-github-fsnotify-fsnotify-dev golang-github-mattn-go-isatty-dev
      golang-github-tklauser-go-sysconf-dev golang-github-tklauser-numcpus-dev
      golang-github-mitchellh-go-ps-dev golang-github-djherbis-times-dev
      golang-github-pkg-xattr-dev golang-github-google-renameio-dev
      curl systemd man-db
      zip tzdata debhelper rsync"

missing=
for p in $PKGS; do
	st=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
	[ "$st" = installed ] || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
	echo "deps: missing Debian packages:$missing" >&2
	echo "deps: run 'make deps' as root, or install them with apt-get" >&2
	exit 1
fi

echo "deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
