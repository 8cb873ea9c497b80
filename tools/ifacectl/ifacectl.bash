# bash completion for ifacectl(8): commands, options, interface names,
# registers, handlers and the words of each setting.

_ifacectl_ifaces()
{
	local d=${IFACECTL_ROOT:-}/sys/kernel/config/syscall_iface f

	for f in "$d"/*/; do
		[ -d "$f" ] && f=${f%/} && echo "${f##*/}"
	done
}

_ifacectl()
{
	local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
	local cmds="create set bind unbind table errno list show stats delete brand run apply diff export"
	local cmd= npos=0 i w

	for ((i = 1; i < COMP_CWORD; i++)); do
		w=${COMP_WORDS[i]}
		case $w in
		--root|--table|--errno|--nr-reg|--magic|--offset|--mask|--unmapped|--method|--ret|--restricted|--platform|--pid|-o)
			((i++)) ;;
		-*) ;;
		*) if [ -z "$cmd" ]; then cmd=$w; else ((npos++)); fi ;;
		esac
	done

	case $prev in
	--root) COMPREPLY=($(compgen -d -- "$cur")); return ;;
	--table|--errno|-o) COMPREPLY=($(compgen -f -- "$cur")); return ;;
	--nr-reg) COMPREPLY=($(compgen -W "rax rbx rcx rdx rsi rdi rbp r8 r9 r10 r11 r12 r13 r14 r15" -- "$cur")); return ;;
	--unmapped) COMPREPLY=($(compgen -W "enosys sigsys kill" -- "$cur")); return ;;
	--method) COMPREPLY=($(compgen -W "syscall int80" -- "$cur")); return ;;
	--ret) COMPREPLY=($(compgen -W "linux carry" -- "$cur")); return ;;
	--restricted) COMPREPLY=($(compgen -W "0 1" -- "$cur")); return ;;
	--magic|--offset|--mask|--platform|--pid) return ;;
	esac

	if [ -z "$cmd" ]; then
		COMPREPLY=($(compgen -W "$cmds --root --json --pretty --help --version" -- "$cur"))
		return
	fi
	case $cmd in
	create)
		COMPREPLY=($(compgen -W "--table --nr-reg --magic --offset --mask --unmapped --method --ret --restricted --errno --platform" -- "$cur")) ;;
	set)
		if [[ $cur == -* || $npos -ge 1 ]]; then
			COMPREPLY=($(compgen -W "--nr-reg --unmapped --method --ret --restricted --errno --platform" -- "$cur"))
		else
			COMPREPLY=($(compgen -W "$(_ifacectl_ifaces)" -- "$cur"))
		fi ;;
	bind)
		if [ $npos -eq 0 ]; then
			COMPREPLY=($(compgen -W "$(_ifacectl_ifaces)" -- "$cur"))
		elif [ $npos -eq 1 ]; then
			COMPREPLY=($(compgen -W "juha elf" -- "$cur"))
		fi ;;
	table|errno)
		if [ $npos -eq 0 ]; then
			COMPREPLY=($(compgen -W "$(_ifacectl_ifaces)" -- "$cur"))
		elif [ $npos -eq 1 ]; then
			COMPREPLY=($(compgen -W "load show" -- "$cur"))
		else
			COMPREPLY=($(compgen -f -- "$cur"))
		fi ;;
	unbind|delete|show|stats|export|run)
		if [[ $cmd == run && $npos -ge 1 ]]; then
			COMPREPLY=($(compgen -W "--" -- "$cur"))
		else
			COMPREPLY=($(compgen -W "$(_ifacectl_ifaces)" -- "$cur"))
		fi ;;
	apply|diff)
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "--dry-run" -- "$cur"))
		else
			COMPREPLY=($(compgen -f -- "$cur"))
		fi ;;
	brand)
		if [[ $cur == -* ]]; then
			COMPREPLY=($(compgen -W "--magic --offset --check -o" -- "$cur"))
		else
			COMPREPLY=($(compgen -f -- "$cur"))
		fi ;;
	esac
}

complete -F _ifacectl ifacectl
