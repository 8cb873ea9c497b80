; For the "brand" test platform: number in rax,
; 1001 = write, 1002 = exit_group.  Natively both are ENOSYS, and the
; program falls through to a native exit(3).

[BITS 64]
SECTION .text
global _start

_start:
	mov rax, 1001
	mov rdi, 1
	mov rsi, msg
	mov rdx, len
	syscall

	mov rax, 1002
	xor edi, edi
	syscall

	mov rax, 60
	mov rdi, 3
	syscall

SECTION .rodata
msg:	db "branded program runs under brand", 10
len:	equ $ - msg
