; A program for the "alt" test platform: number in r13,
; 11 = the debug service, 7 = write, 9 = exit.

[BITS 64]
SECTION .text
global _start

_start:
	mov r13, 11
	xor edi, edi
	xor esi, esi
	syscall

	mov r13, 7
	mov rdi, 1
	mov rsi, msg
	mov rdx, len
	syscall

	mov r13, 9
	mov rdi, 3
	syscall

	ud2			; not reached

SECTION .rodata
msg:	db "alt platform", 10
len:	equ $ - msg
