# Shared by the selftest scenarios: run_suite runs upstream selftest
# programs from /selftests and appends one line per program, and one per
# TAP subtest, to $OUT/summary: "RESULT<TAB>NAME", RESULT one of pass,
# fail, skip, timeout.  Full output goes to $OUT/log/.
#
# PREFIX, when set, is a command the programs run under (ifacectl run).

ST_TIMEOUT=${ST_TIMEOUT:-180}
mkdir -p "$OUT/log"

# run_test SUITE PROG [ARG...]: run one program in an empty directory
# (exec's tests need their build directory: they get a copy of it).
run_test() {
	suite=$1 prog=$2
	shift 2
	id=$suite/$prog
	log=$OUT/log/$(echo "$id" | tr / _).log
	work=/tmp/st-work/$suite
	rm -rf "$work"
	# Progress on the console: shows where a hung guest stopped.
	echo "selftest: $id" >/dev/kmsg
	if [ "$suite" = exec ]; then
		cp -a "/selftests/$suite" "$work"
		path=./$prog
	else
		mkdir -p "$work"
		path=/selftests/$suite/$prog
	fi
	# shellcheck disable=SC2086
	(cd "$work" && exec timeout -s KILL "$ST_TIMEOUT" $PREFIX "$path" "$@") \
		>"$log" 2>&1 </dev/null
	rc=$?
	case $rc in
	0) r=pass ;;
	4) r=skip ;;
	137) r=timeout ;;
	*) r=fail ;;
	esac
	printf '%s\t%s\n' "$r" "$id" >>"$OUT/summary"
	# kselftest TAP subtests: "ok 3 name", "not ok 4 name", "ok 5 name # SKIP".
	sed -n 's/^\(not \)\{0,1\}ok [0-9][0-9]* \(.*\)$/\1ok \2/p' "$log" |
	while IFS= read -r line; do
		case $line in
		"not ok "*) r=fail n=${line#not ok } ;;
		*"# SKIP"*) r=skip n=${line#ok } ;;
		*) r=pass n=${line#ok } ;;
		esac
		printf '%s\t%s:%s\n' "$r" "$id" "${n%% # *}" >>"$OUT/summary"
	done
	rm -rf "$work"
}

# run_suite SUITE: every program of SUITE except the listed ones.
run_suite() {
	suite=$1
	shift
	for p in /selftests/$suite/*; do
		n=${p##*/}
		[ -f "$p" ] && [ -x "$p" ] && [ ! -L "$p" ] || continue
		case " $* " in *" $n "*) continue ;; esac
		case $n in *.denatured|script) continue ;; esac
		run_test "$suite" "$n"
	done
}

# ident_iface: an interface "ident" that maps every native number to
# itself, so that programs run under it unchanged while every call they
# and their children make is decoded through it (PREFIX="ifacectl run
# ident --").  Needs /lib/scenario.sh ($CFG).
ident_iface() {
	mkdir $CFG/ident || return 1
	i=0
	while [ $i -lt 463 ]; do
		echo "$i $i"
		i=$((i + 1))
	done >$CFG/ident/table
	[ -z "$(cat $CFG/ident/table_error)" ]
}
