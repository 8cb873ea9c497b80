# test: every exec detects again: foreign to native, native to foreign; a failed exec keeps the interface
. /lib/scenario.sh
lx_platform lx LXID
expect_eq "$(ifacetest-lx name)" lx "foreign program"
expect_eq "$(ifacetest-lx exec /bin/ifacetest name)" linux "foreign execs native"
expect_eq "$(ifacetest exec /bin/ifacetest-lx name)" lx "native execs foreign"
out=$(ifacetest-lx exec /nonexistent name)
expect_eq "$out" "$(printf 'exec /nonexistent failed: No such file or directory\nstill lx')" "failed exec"
# A file that carries the signature but is no ELF: the exec fails, nothing changes.
printf 'LXIDgarbage-not-an-elf-file' >/tmp/bad && chmod +x /tmp/bad
out=$(ifacetest-lx exec /tmp/bad name)
expect_eq "$out" "$(printf 'exec /tmp/bad failed: Exec format error\nstill lx')" "exec of a bad signed file"
expect_eq "$(stat lx tasks)" 0 tasks
