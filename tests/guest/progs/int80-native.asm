; int80-native: a native 64-bit program that makes 32-bit calls with
; int $0x80 (ia32 numbers, arguments in ebx, ecx, edx): write(1, msg, n)
; and exit(7).  It must behave as on upstream whatever interfaces exist.

[BITS 64]

SECTION .data
msg:	db "int80 native", 10
len	equ $ - msg

SECTION .text
global _start

_start:
	mov eax, 4		; ia32 write
	mov ebx, 1
	mov ecx, msg		; the static binary lies below 4 GiB
	mov edx, len
	int 0x80
	cmp eax, len
	jne .bad
	mov eax, 1		; ia32 exit
	mov ebx, 7
	int 0x80
.bad:
	mov eax, 1
	mov ebx, 1
	int 0x80
