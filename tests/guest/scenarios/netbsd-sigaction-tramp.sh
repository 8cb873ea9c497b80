# test: netbsd platform: __sigaction_sigtramp refuses a handler without a trampoline of the siginfo version (EINVAL), but takes SIG_IGN without one
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
out=$(nbsd-sigaction | grep -E '^(no-tramp|version-0|ignore) ')
expect_eq "$out" "no-tramp 1 22
version-0 1 22
ignore 0 0" "each call's result"
