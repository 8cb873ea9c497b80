; fork-r11: what a forked child's fork returns in r11 and CF, next to its
; parent's, under an interface with method int80 and the carry
; convention: the -DINT80 build, fork-r11-int80, is the one used.  Foreign
; numbers: 3 exit, 57 fork, 61 wait4 (the native ones).
;
; Both fork with CF clear and r11 zero.  Each adds up
;   1  if r11 is no longer zero
;   4  if CF is set
; and the parent exits with its own sum plus eight times the child's
; (the child's exit status).  int $0x80 keeps r11 and a success clears
; CF, in the child as in the parent: 0.

[BITS 64]

%ifdef INT80
%define ENTER int 0x80
%else
%define ENTER syscall
%endif

SECTION .bss
status:		resd 1

SECTION .text
global _start

_start:
	mov eax, 57
	xor r11d, r11d		; clears CF too
	ENTER
	setc bl
	shl bl, 2
	test r11, r11
	jz .r11_kept
	or bl, 1
.r11_kept:
	movzx ebx, bl
	test rax, rax
	jnz .parent
	mov edi, ebx
	mov eax, 3
	ENTER
	ud2

.parent:
	mov eax, 61
	mov rdi, -1
	lea rsi, [rel status]
	xor edx, edx
	xor r10d, r10d
	ENTER
	mov eax, [rel status]
	shr eax, 8
	and eax, 0xff
	lea edi, [rbx + rax * 8]
	mov eax, 3
	ENTER
	ud2
