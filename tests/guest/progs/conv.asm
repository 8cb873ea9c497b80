; conv: how a foreign program sees results, under its interface's entry
; method and return convention.  Built twice: conv-syscall enters with
; the syscall instruction, conv-int80 (-DINT80) with int $0x80.
;
; Foreign numbers (the "cv" platforms of tests/guest/lib.sh):
;   1 write   2 open   3 exit   4 getpid
;
; Prints, for each call, the carry flag and rax as they came back:
;   open: cf=C rax=N      open of a missing file, CF clear going in
;   getpid: cf=C rax=N    CF set going in
;   other: cf=C rax=N     the other entry instruction, CF clear going in:
;                         conv-syscall: int $0x80 with the ia32 getpid
;                         (20); conv-int80: syscall with getpid's
;                         foreign number.  The interface refuses both
;                         (unmapped)
; then exits 0.  The scenarios compare the lines with what the interface's
; method, convention and errno map say.

[BITS 64]

%ifdef INT80
%define ENTER int 0x80
%else
%define ENTER syscall
%endif

SECTION .data
path:		db "/nonexistent/conv", 0
s_open:		db "open: ", 0
s_getpid:	db "getpid: ", 0
s_other:	db "other: ", 0
s_cf:		db "cf=", 0
s_rax:		db " rax=", 0
s_nl:		db 10, 0

SECTION .bss
num:		resb 24

SECTION .text
global _start

_start:
	clc
	mov eax, 2
	lea rdi, [rel path]
	xor esi, esi
	xor edx, edx
	ENTER
	setc bl
	lea r12, [rel s_open]
	call report

	stc
	mov eax, 4
	ENTER
	setc bl
	lea r12, [rel s_getpid]
	call report

	clc
%ifdef INT80
	mov eax, 4
	syscall
%else
	mov eax, 20
	int 0x80
%endif
	setc bl
	lea r12, [rel s_other]
	call report

	mov eax, 3
	xor edi, edi
	ENTER
	ud2

; report: print "<r12>cf=<bl> rax=<rax>\n"
report:
	mov r13, rax
	mov rsi, r12
	call puts
	lea rsi, [rel s_cf]
	call puts
	movzx eax, bl
	call putnum
	lea rsi, [rel s_rax]
	call puts
	mov rax, r13
	call putnum
	lea rsi, [rel s_nl]
	call puts
	ret

; puts: write the NUL-terminated string at rsi
puts:
	mov rdx, -1
.len:	inc rdx
	cmp byte [rsi + rdx], 0
	jne .len
	mov eax, 1
	mov edi, 1
	ENTER
	ret

; putnum: write rax as a signed decimal number
putnum:
	lea rsi, [rel num + 23]
	mov byte [rsi], 0
	mov r8, rax
	test rax, rax
	jns .pos
	neg rax
.pos:	mov ecx, 10
.digit:	xor edx, edx
	div rcx
	add dl, '0'
	dec rsi
	mov [rsi], dl
	test rax, rax
	jnz .digit
	test r8, r8
	jns .out
	dec rsi
	mov byte [rsi], '-'
.out:	call puts
	ret
