# syscall-iface: build the kernel overlay, the guest, and run the tests.
#
#   make demo        build, boot the guest and show the main demonstration
#   make test        build what is needed and run the whole bats suite
#   make check       rebuild, then the guest scenarios alone (the edit loop)
#   make lint        checkpatch --strict, sparse, ifacectl under gcc and clang
#   make test-debug  the whole suite again on a KASAN/lockdep/kmemleak kernel
#   make test-long   test, then test-debug (CI runs both, after make lint)
#   make selftests   upstream selftests on a vanilla 6.12 and on ours, side by side
#
# All of them install missing Debian packages first (harness/deps.sh).

SHELL     := /bin/bash
NPROC     := $(shell nproc)
GUESTDIR  := build/guest
GUEST_FRAG := kernel/configs/syscall_iface_guest.config

# FLAVOR=debug builds and tests a second tree, build/linux-debug, with
# kernel/configs/syscall_iface_debug.config merged on top.
# FLAVOR=mitigations builds build/linux-mitigations and a vanilla twin,
# build/vanilla-mitigations, with kernel/configs/syscall_iface_mitigations.config
# (the CPU mitigations a distribution kernel has), for make bench-mitigations.
FLAVOR    ?=
MITIGATIONS_FRAG := kernel/configs/syscall_iface_mitigations.config
VSUFFIX   :=
VFRAGS    :=
ifeq ($(FLAVOR),debug)
SUFFIX    := -debug
FRAGS     := $(GUEST_FRAG) kernel/configs/syscall_iface_debug.config
else ifeq ($(FLAVOR),mitigations)
SUFFIX    := -mitigations
FRAGS     := $(GUEST_FRAG) $(MITIGATIONS_FRAG)
VSUFFIX   := -mitigations
VFRAGS    := $(MITIGATIONS_FRAG)
else ifeq ($(FLAVOR),)
SUFFIX    :=
FRAGS     := $(GUEST_FRAG)
else
$(error FLAVOR must be empty, debug or mitigations)
endif
KDIR      := build/linux$(SUFFIX)
BZIMAGE   := $(KDIR)/arch/x86/boot/bzImage
INITRAMFS := build/initramfs$(SUFFIX).cpio
MODDIR    := build/modules$(SUFFIX)
STAMP     := build/stamp$(SUFFIX).config
export GUEST_KDIR := $(CURDIR)/$(KDIR)
export GUEST_INITRD := $(CURDIR)/$(INITRAMFS)
export GUEST_RESULTS := $(CURDIR)/build/guest-results$(SUFFIX)

# The vanilla 6.12 tree and the upstream selftests built from it.  Set here:
# rules above their own definitions name them as prerequisites.
VDIR      := build/vanilla$(VSUFFIX)
VFRAG     := build/syscall_iface_vanilla.config
SELFTESTS := build/selftests/selftests.cpio

# Debian's trinity and stress-ng for the fuzzer boot (tests/bats/fuzzers.bats).
# FUZZ sizes their runs: trinity makes 1000 x FUZZ calls in each.  CI runs
# smaller counts to stay within its time (.ci/run); make test-long runs the
# full count on both kernels.
# FUZZ_SEED=N replays trinity's runs with the seed a crashed boot printed on
# its console ("fuzz: trinity ... with seed N").
FUZZCPIO  := build/fuzzers.cpio
FUZZ      ?= 100
export FUZZ

# Where the selftest comparison takes vanilla 6.12's results from
# (harness/selftests.sh): record, tests/guest/selftests/vanilla.txt, with
# vanilla built and booted only if ours differ; or live, a vanilla boot.
SELFTESTS_VANILLA ?= record
export SELFTESTS_VANILLA

# Go's standard-library tests, built for linux and freebsd, for their own
# boot (tests/bats/gotests.bats): GOTESTS=all packages of
# tests/gotests/packages, or GOTESTS=short, those not marked long (CI).
GOTESTS   ?= all
export GOTESTS
GOTESTCPIO := build/gotests-$(GOTESTS).cpio

PROG_ASM  := $(wildcard tests/guest/progs/*.asm)
PROG_C    := $(wildcard tests/guest/progs/*.c)
PROG_BARE := $(wildcard tests/guest/progs/bare/*.c)
PROGS     := $(patsubst tests/guest/progs/%.asm,$(GUESTDIR)/bin/%,$(PROG_ASM)) \
             $(patsubst tests/guest/progs/%.c,$(GUESTDIR)/bin/%,$(PROG_C)) \
             $(patsubst tests/guest/progs/bare/%.c,$(GUESTDIR)/bin/%-rax,$(PROG_BARE)) \
             $(patsubst tests/guest/progs/bare/%.c,$(GUESTDIR)/bin/%-rbx,$(PROG_BARE))
BRANDED   := hello-modified ifacetest-lx ifacetest-dyn-lx osabi-branded alt-branded
# The benchmark program and the smallest program to exec (bench/guest/).
PROGS     += $(GUESTDIR)/bin/bench $(GUESTDIR)/bin/exit0 $(GUESTDIR)/bin/exit0-foreign
PROGS     += $(GUESTDIR)/bin/ifacetest-dyn $(addprefix $(GUESTDIR)/bin/,$(BRANDED))
PROGS     += $(GUESTDIR)/bin/conv-int80 $(GUESTDIR)/bin/conv-r11-int80 $(GUESTDIR)/bin/fork-r11-int80 $(addprefix $(GUESTDIR)/bin/restart-,int80-rbx carry-rax int80-carry-rax)
PROGS     += $(GUESTDIR)/bin/ia32 $(GUESTDIR)/bin/ia32-branded
# Programs in FreeBSD/amd64's ABI (the freebsd platform), as fbsd-NAME.
PROG_FBSD := $(wildcard tests/guest/progs/freebsd/*.c)
PROGS     += $(patsubst tests/guest/progs/freebsd/%.c,$(GUESTDIR)/bin/fbsd-%,$(PROG_FBSD))
# Programs in NetBSD/amd64's ABI (the netbsd platform), as nbsd-NAME.
PROG_NBSD := $(wildcard tests/guest/progs/netbsd/*.c)
PROGS     += $(patsubst tests/guest/progs/netbsd/%.c,$(GUESTDIR)/bin/nbsd-%,$(PROG_NBSD))
# Unmodified FreeBSD/amd64 Go programs (tests/guest/go/NAME/), as go-NAME.
PROG_GO   := $(wildcard tests/guest/go/*/main.go)
PROGS     += $(patsubst tests/guest/go/%/main.go,$(GUESTDIR)/bin/go-%,$(PROG_GO))
# The interface list's reference: the same program built for Linux.
PROGS     += $(GUESTDIR)/bin/go-ifaces-linux
# Some of them built for NetBSD/amd64 too (the netbsd platform), as
# nbsd-go-NAME.
NBSD_GO   := hello threads sleep files signal nilptr stdin exec http unixfd \
	     ifaces
PROGS     += $(patsubst %,$(GUESTDIR)/bin/nbsd-go-%,$(NBSD_GO))
# A real FreeBSD/amd64 Go program from a package registry: esbuild, as npm
# publishes it for FreeBSD (@esbuild/freebsd-x64), pinned by its checksum.
ESBUILD_VER := 0.28.2
ESBUILD_SHA := 53e57271b5fc7ab39312b906d3ff84d0633cfd067332f740e4b6f1f46803fb8a
PROGS     += $(GUESTDIR)/bin/esbuild-freebsd
# And as npm publishes it for NetBSD (@esbuild/netbsd-x64).
ESBUILD_NETBSD_SHA := caf02fee8a2332d26af62d0a0c53abc35a42de5bcb968d9b94986b2c00c94f95
PROGS     += $(GUESTDIR)/bin/esbuild-netbsd
# Another from npm: Turborepo's turbo, a Go program, in the last release
# npm has for FreeBSD (turbo-freebsd-64).
TURBO_VER := 1.4.7
TURBO_SHA := 2cfabe015ab7efefaf2a9cd19a12d76eda74d05a6ad385cefa4a7b7b9897f27d
PROGS     += $(GUESTDIR)/bin/turbo-freebsd
# The same esbuild for Linux, for the bench's real-workload row, which packs
# it with its input as an extra archive (harness/bench-cpio.sh).
ESBUILD_LINUX_SHA := 9573bb2233aab0f9ea7647d5cca9726113cc1768de61d66b17267f4db84488f6
BENCHCPIO := build/bench.cpio

.PHONY: all deps prepare kernel guest ifacectl install deb initramfs test check demo clean \
	distclean test-debug test-long vanilla selftests lint bench bench-mitigations docs
.DELETE_ON_ERROR:

all: kernel initramfs

deps:
	@harness/deps.sh

# Unpack (once), overlay the project's files, apply patches/.
prepare: deps
	@harness/prepare.sh . $(KDIR)

# tinyconfig + kernel/configs/syscall_iface_guest.config, redone only
# when the fragment, a Kconfig or the patch series changes.
$(STAMP): $(FRAGS) Kconfig \
		patches/series $(wildcard patches/*.patch) | prepare
	@harness/kconfig.sh $(KDIR) $(FRAGS)
	@touch $@

kernel: $(STAMP) prepare
	@$(MAKE) -s -C $(KDIR) -j$(NPROC) bzImage modules

guest: $(PROGS)

$(GUESTDIR)/bin/%: tests/guest/progs/%.asm | deps
	@mkdir -p $(GUESTDIR)/obj $(@D)
	nasm -f elf64 -o $(GUESTDIR)/obj/$*.o $<
	ld -static -o $@ $(GUESTDIR)/obj/$*.o

$(GUESTDIR)/bin/%: tests/guest/progs/%.c include/uapi/linux/syscall_iface.h | deps prepare
	@mkdir -p $(@D)
	gcc -static -O2 -pthread -Iinclude/uapi -isystem $(KDIR)/tools/testing/selftests \
		-Wall -Wextra -Werror -o $@ $<

# ifacetest again, dynamically linked.
$(GUESTDIR)/bin/ifacetest-dyn: tests/guest/progs/ifacetest.c include/uapi/linux/syscall_iface.h | deps
	@mkdir -p $(@D)
	gcc -O2 -pthread -Iinclude/uapi -Wall -Wextra -Werror -o $@ $<

# Freestanding programs (no libc) that make foreign calls themselves, built
# twice: with the number in rax and in rbx.
BARE_CFLAGS := -static -nostdlib -ffreestanding -fno-stack-protector -fno-pie \
               -no-pie -O2 -mgeneral-regs-only -Wall -Wextra -Werror
$(GUESTDIR)/bin/%-rax: tests/guest/progs/bare/%.c | deps
	@mkdir -p $(@D)
	gcc $(BARE_CFLAGS) -o $@ $<

$(GUESTDIR)/bin/%-rbx: tests/guest/progs/bare/%.c | deps
	@mkdir -p $(@D)
	gcc $(BARE_CFLAGS) -DNR_RBX -o $@ $<

# Entry methods and return conventions: conv.asm and conv-r11.asm again
# with int $0x80, and restart.c under int $0x80 and the carry convention
# (EINTR is 35 under the errno map the scenarios give these interfaces).
$(GUESTDIR)/bin/%-int80: tests/guest/progs/%.asm | deps
	@mkdir -p $(GUESTDIR)/obj $(@D)
	nasm -f elf64 -DINT80 -o $(GUESTDIR)/obj/$*-int80.o $<
	ld -static -o $@ $(GUESTDIR)/obj/$*-int80.o

RESTART_X := $(addprefix $(GUESTDIR)/bin/restart-,int80-rbx carry-rax int80-carry-rax)
$(GUESTDIR)/bin/restart-int80-rbx: XFLAGS := -DINT80 -DNR_RBX
$(GUESTDIR)/bin/restart-carry-rax: XFLAGS := -DCARRY -DEINTR=35
$(GUESTDIR)/bin/restart-int80-carry-rax: XFLAGS := -DINT80 -DCARRY -DEINTR=35
$(RESTART_X): tests/guest/progs/bare/restart.c | deps
	@mkdir -p $(@D)
	gcc $(BARE_CFLAGS) $(XFLAGS) -o $@ $<

# A 32-bit program (interfaces never decode 32-bit calls).
$(GUESTDIR)/bin/ia32: tests/guest/progs/ia32/ia32.c include/uapi/linux/syscall_iface.h | deps
	@mkdir -p $(@D)
	gcc -m32 -static -O2 -Iinclude/uapi -Wall -Wextra -Werror -o $@ $<

# Copies of guest programs with a signature written into their header:
# $(call brand,BYTES,OFFSET), BYTES in printf(1) form.
brand = cp $< $@ && printf '$(1)' | dd of=$@ bs=1 seek=$(2) conv=notrunc status=none

$(GUESTDIR)/bin/bench: bench/guest/bench.c include/uapi/linux/syscall_iface.h | deps
	@mkdir -p $(@D)
	gcc -static -O2 -Iinclude/uapi -Wall -Wextra -Werror -o $@ $<

$(GUESTDIR)/bin/exit0: bench/guest/exit0.asm | deps
	@mkdir -p $(GUESTDIR)/obj $(@D)
	nasm -f elf64 -o $(GUESTDIR)/obj/exit0.o $<
	ld -static -o $@ $(GUESTDIR)/obj/exit0.o

$(GUESTDIR)/bin/exit0-foreign: $(GUESTDIR)/bin/exit0
	$(call brand,BNCH,0)

# The paper's hello with "JUHA" in place of the ELF magic.
$(GUESTDIR)/bin/hello-modified: $(GUESTDIR)/bin/hello
	$(call brand,JUHA,0)

$(GUESTDIR)/bin/ifacetest-lx: $(GUESTDIR)/bin/ifacetest
	$(call brand,LXID,0)

$(GUESTDIR)/bin/ifacetest-dyn-lx: $(GUESTDIR)/bin/ifacetest-dyn
	$(call brand,LXID,0)

# "ALT!" for the second test platform.
$(GUESTDIR)/bin/alt-branded: $(GUESTDIR)/bin/alt
	$(call brand,ALT!,0)

# Freestanding FreeBSD programs, branded as FreeBSD's linker brands them
# (EI_OSABI 9), the ELF signature of the freebsd interface.
$(GUESTDIR)/bin/fbsd-%: tests/guest/progs/freebsd/%.c tests/guest/progs/freebsd/fbsd.h \
		tests/guest/progs/bsd-fuzz.h | deps
	@mkdir -p $(GUESTDIR)/obj $(@D)
	gcc $(BARE_CFLAGS) -MMD -MP -MT $@ -MF $(GUESTDIR)/obj/fbsd-$*.d \
		-o $(GUESTDIR)/obj/fbsd-$*.elf $<
	cp $(GUESTDIR)/obj/fbsd-$*.elf $@
	printf '\x09' | dd of=$@ bs=1 seek=7 conv=notrunc status=none

# Freestanding NetBSD programs, branded as NetBSD's (EI_OSABI 2).
$(GUESTDIR)/bin/nbsd-%: tests/guest/progs/netbsd/%.c tests/guest/progs/netbsd/nbsd.h \
		tests/guest/progs/freebsd/fbsd.h tests/guest/progs/bsd-fuzz.h | deps
	@mkdir -p $(GUESTDIR)/obj $(@D)
	gcc $(BARE_CFLAGS) -MMD -MP -MT $@ -MF $(GUESTDIR)/obj/nbsd-$*.d \
		-o $(GUESTDIR)/obj/nbsd-$*.elf $<
	cp $(GUESTDIR)/obj/nbsd-$*.elf $@
	printf '\x02' | dd of=$@ bs=1 seek=7 conv=notrunc status=none

# What each BSD program included (a NetBSD one often includes the
# FreeBSD one it is built from), so that an edit rebuilds it.
-include $(wildcard $(GUESTDIR)/obj/fbsd-*.d $(GUESTDIR)/obj/nbsd-*.d)

# Go cross-builds FreeBSD programs offline, from its standard library
# only, and brands them itself (EI_OSABI 9).
GOENV := GOOS=freebsd GOARCH=amd64 CGO_ENABLED=0 GOPROXY=off GOFLAGS= \
	GOCACHE=$(CURDIR)/build/go/cache GOPATH=$(CURDIR)/build/go/path
$(GUESTDIR)/bin/go-%: tests/guest/go/%/main.go | deps
	@mkdir -p $(@D)
	cd $(<D) && $(GOENV) go build -o $(CURDIR)/$@ main.go

$(GUESTDIR)/bin/nbsd-go-%: tests/guest/go/%/main.go | deps
	@mkdir -p $(@D)
	cd $(<D) && $(GOENV) GOOS=netbsd go build -o $(CURDIR)/$@ main.go

$(GUESTDIR)/bin/go-ifaces-linux: tests/guest/go/ifaces/main.go | deps
	@mkdir -p $(@D)
	cd $(<D) && $(GOENV) GOOS=linux go build -o $(CURDIR)/$@ main.go

$(GUESTDIR)/bin/esbuild-freebsd: | deps
	@mkdir -p build/dl $(@D)
	curl -sSfLo build/dl/esbuild-freebsd.tgz \
		https://registry.npmjs.org/@esbuild/freebsd-x64/-/freebsd-x64-$(ESBUILD_VER).tgz
	echo "$(ESBUILD_SHA)  build/dl/esbuild-freebsd.tgz" | sha256sum -c --quiet
	tar -xzf build/dl/esbuild-freebsd.tgz -C build/dl package/bin/esbuild
	cp build/dl/package/bin/esbuild $@

$(GUESTDIR)/bin/esbuild-netbsd: | deps
	@mkdir -p build/dl/netbsd $(@D)
	curl -sSfLo build/dl/esbuild-netbsd.tgz \
		https://registry.npmjs.org/@esbuild/netbsd-x64/-/netbsd-x64-$(ESBUILD_VER).tgz
	echo "$(ESBUILD_NETBSD_SHA)  build/dl/esbuild-netbsd.tgz" | sha256sum -c --quiet
	tar -xzf build/dl/esbuild-netbsd.tgz -C build/dl/netbsd package/bin/esbuild
	cp build/dl/netbsd/package/bin/esbuild $@

$(GUESTDIR)/bin/turbo-freebsd: | deps
	@mkdir -p build/dl $(@D)
	curl -sSfLo build/dl/turbo-freebsd.tgz \
		https://registry.npmjs.org/turbo-freebsd-64/-/turbo-freebsd-64-$(TURBO_VER).tgz
	echo "$(TURBO_SHA)  build/dl/turbo-freebsd.tgz" | sha256sum -c --quiet
	tar -xzf build/dl/turbo-freebsd.tgz -C build/dl turbo-freebsd-64/bin/turbo
	cp build/dl/turbo-freebsd-64/bin/turbo $@

build/dl/esbuild-linux: | deps
	@mkdir -p build/dl/linux
	curl -sSfLo build/dl/esbuild-linux.tgz \
		https://registry.npmjs.org/@esbuild/linux-x64/-/linux-x64-$(ESBUILD_VER).tgz
	echo "$(ESBUILD_LINUX_SHA)  build/dl/esbuild-linux.tgz" | sha256sum -c --quiet
	tar -xzf build/dl/esbuild-linux.tgz -C build/dl/linux package/bin/esbuild
	cp build/dl/linux/package/bin/esbuild $@

# The clock row's Go program, built for Linux (go-clock is its FreeBSD build).
build/bench-go-clock-linux: tests/guest/go/clock/main.go | deps
	cd $(<D) && $(GOENV) GOOS=linux go build -o $(CURDIR)/$@ main.go

$(BENCHCPIO): harness/bench-cpio.sh bench/guest/esbuild-input.sh build/dl/esbuild-linux build/bench-go-clock-linux | deps kernel
	@harness/bench-cpio.sh $(KDIR) build/dl/esbuild-linux build/bench-go-clock-linux $@

# EI_OSABI = 0x42, for the elf handler.
$(GUESTDIR)/bin/osabi-branded: $(GUESTDIR)/bin/osabi
	$(call brand,\x42,7)

# The 32-bit program with EI_OSABI = 0x43.
$(GUESTDIR)/bin/ia32-branded: $(GUESTDIR)/bin/ia32
	$(call brand,\x43,7)

# The base initramfs: busybox, /init, the guest programs, strace and the
# test modules.  Packing it takes a second, so it is always repacked
# rather than trusting timestamps of what the kernel build leaves.
# Scenarios are appended at boot time by harness/guest-run.sh.
$(INITRAMFS): FORCE $(PROGS) $(GUESTDIR)/bin/ifacectl | kernel modules
	@harness/initramfs.sh $(KDIR) $(MODDIR) $@ $(PROGS) $(GUESTDIR)/bin/ifacectl

FORCE:

# Test modules (tests/modules/), built against the tree.  Kbuild writes
# into the module directory, so they are built from a copy in build/.

modules: kernel
	@mkdir -p $(MODDIR)
	@for f in tests/modules/*; do cmp -s $$f $(MODDIR)/$${f##*/} || cp -p $$f $(MODDIR)/; done
	@$(MAKE) -s -C $(KDIR) M=$(CURDIR)/$(MODDIR) modules

# ifacectl, for the host (build/ifacectl/ifacectl) and static for the guest.
IFACECTL := build/ifacectl/ifacectl
ifacectl: prepare
	@$(MAKE) -s -C tools/ifacectl OUT=$(CURDIR)/build/ifacectl \
		TBL=$(CURDIR)/$(KDIR)/arch/x86/entry/syscalls/syscall_64.tbl

# The admin guide's list of the FreeBSD platform's calls, from its table.
FBSD_CALLS := Documentation/admin-guide/syscall-iface-freebsd-calls.rst
NBSD_CALLS := Documentation/admin-guide/syscall-iface-netbsd-calls.rst
docs: | deps
	@harness/platform-calls.sh "FreeBSD/amd64 calls" \
		tools/ifacectl/platforms/freebsd.table \
		$$(go env GOROOT)/src/syscall/zsysnum_freebsd_amd64.go >$(FBSD_CALLS)
	@harness/platform-calls.sh "NetBSD/amd64 calls" \
		tools/ifacectl/platforms/netbsd.table \
		$$(go env GOROOT)/src/syscall/zsysnum_netbsd_amd64.go >$(NBSD_CALLS)

# make install DESTDIR=DIR: ifacectl, its man page, the boot unit
# (syscall-iface.service), bash completion and the example platform files.
# make deb: installable packages for a machine of one's own, in build/deb:
# the kernel (bindeb-pkg, from DEB_CONFIG with the project's fragment) and
# syscall-iface-tools (harness/deb.sh, harness/deb-tools.sh).
DEB_CONFIG ?= /boot/config-$(shell uname -r)
deb: deps
	@harness/deb.sh build/deb/linux $(DEB_CONFIG) build/deb
	@harness/deb-tools.sh build/deb/ifacectl build/deb/linux build/deb

install: ifacectl
	@$(MAKE) -s -C tools/ifacectl OUT=$(CURDIR)/build/ifacectl \
		TBL=$(CURDIR)/$(KDIR)/arch/x86/entry/syscalls/syscall_64.tbl \
		DESTDIR=$(abspath $(DESTDIR)) install

$(GUESTDIR)/bin/ifacectl: ifacectl
	@mkdir -p $(@D)
	@cmp -s build/ifacectl/ifacectl.static $@ || cp build/ifacectl/ifacectl.static $@

initramfs: kernel $(INITRAMFS)

# The selftest comparison runs on the normal kernel only (selftests.bats),
# against vanilla's recorded list unless SELFTESTS_VANILLA=live.
ST_DEPS := $(if $(SUFFIX),,$(SELFTESTS) $(if $(filter live,$(SELFTESTS_VANILLA)),vanilla))
test: deps kernel ifacectl initramfs $(ST_DEPS) $(FUZZCPIO) $(GOTESTCPIO)
	@tests/run

# The edit loop: the guest scenarios (KUnit, the console check and every
# scenario) on a rebuilt kernel, without the selftest comparison, the
# fuzzers and the host-only tests that make test also runs.
check: deps kernel ifacectl initramfs
	@tests/run --scenarios-only

demo: deps kernel ifacectl initramfs
	@harness/demo.sh

# Benchmarks under QEMU -icount: bench/results.md and bench/results.png.
bench: deps kernel initramfs vanilla $(BENCHCPIO)
	@BENCH_FLAVOR=$(FLAVOR) harness/bench.sh

# The same with the CPU mitigations of a distribution kernel on, on a CPU
# that needs them: bench/results-mitigations.md.
bench-mitigations: deps
	@$(MAKE) --no-print-directory FLAVOR=mitigations bench

# Static checks: checkpatch --strict, sparse, ifacectl under gcc and clang.
lint: deps kernel
	@harness/lint.sh $(KDIR)

# The whole suite on the debug kernel (FLAVOR=debug).  Scenario time
# limits are tripled: KASAN and lockdep slow the guest down.
test-debug: deps
	@$(MAKE) --no-print-directory FLAVOR=debug GUEST_SCALE=3 test

# The two suites, one after the other (what .ci/run does after make lint),
# at full size: FUZZ=100, vanilla booted for the selftests (not its
# recorded list), and on the debug kernel too the Go test suites and the
# tests of the harness and the tools (TEST_LONG).
test-long:
	@$(MAKE) --no-print-directory SELFTESTS_VANILLA=live test
	@TEST_LONG=1 $(MAKE) --no-print-directory test-debug

# A vanilla 6.12 kernel: the pristine Debian source, the same guest
# configuration without the subsystem.  For the selftest comparison and
# the benchmarks.
$(VDIR)/.unpacked: | deps
	@echo "  UNPACK  vanilla tree"
	@rm -rf $(VDIR) && mkdir -p $(VDIR)
	@tar -xf /usr/src/linux-source-6.12.tar.xz -C $(VDIR) --strip-components=1
	@touch $@

$(VFRAG): $(GUEST_FRAG)
	@mkdir -p $(@D)
	grep -v -e SYSCALL_IFACE -e BINFMT_JUHA $< >$@

build/stamp-vanilla$(VSUFFIX).config: $(VFRAG) $(VFRAGS) | $(VDIR)/.unpacked
	@harness/kconfig.sh $(VDIR) $(VFRAG) $(VFRAGS)
	@touch $@

vanilla: build/stamp-vanilla$(VSUFFIX).config
	@$(MAKE) -s -C $(VDIR) -j$(NPROC) bzImage

$(FUZZCPIO): harness/fuzzers-cpio.sh tests/guest/fuzz.sh | deps kernel
	@harness/fuzzers-cpio.sh $(KDIR) $@

$(GOTESTCPIO): harness/gotests-build.sh $(wildcard tests/gotests/*) | deps kernel
	@harness/gotests-build.sh $(KDIR) $@ $(GOTESTS)

# Upstream selftests, built from our tree's tools/testing/selftests, which
# no patch touches (harness/selftests-build.sh).
$(SELFTESTS): harness/selftests-build.sh $(STAMP) | prepare
	@harness/selftests-build.sh $(KDIR) build/selftests

# Vanilla and ours side by side (the bats suite checks they are identical).
selftests: kernel initramfs vanilla $(SELFTESTS)
	@SELFTESTS_VANILLA=live harness/selftests.sh build/selftests-results; rc=$$?; \
	cat build/selftests-results/table.txt build/selftests-results/summary.txt 2>/dev/null; \
	exit $$rc

clean:
	rm -rf build/guest build/ifacectl build/initramfs.cpio build/guest-results build/demo
	-$(MAKE) -s -C $(KDIR) clean 2>/dev/null

distclean:
	rm -rf build
