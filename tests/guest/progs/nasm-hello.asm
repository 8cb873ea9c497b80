; Harness check: a static NASM program with a known output and status.

[BITS 64]

SECTION .text
global _start

_start:
	mov rax, 1		; write(1, msg, len)
	mov rdi, 1
	mov rsi, msg
	mov rdx, len
	syscall

	mov rax, 60		; exit(42)
	mov rdi, 42
	syscall

SECTION .rodata
msg:	db "hello from nasm", 10
len:	equ $ - msg
