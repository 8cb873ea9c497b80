; The test program of section IV of the paper (000_3018596c086f9191.txt),
; as printed there.  Each syscall sets both RAX (Linux's number) and RBX
; (the "custom" platform's number), so the output shows which interface
; decoded it:
;   custom: 500 = debug service, 314 = write, 70 = exit
;   linux:  548 = (none: ENOSYS), 547 = (none: ENOSYS), 60 = exit
; Exit status is 1 either way: RDI still holds 1 at the exit call.

[BITS 64]

SECTION .text

global _start

_start:
	push rbp
	mov rbp, rsp

	mov rax, 548		; sys_get_current_syscall_tbl for Linux
	mov rbx, 500		; the debug service for "custom"
	syscall

	mov rax, 547		; nothing, for Linux
	mov rbx, 314		; write, for "custom"
	mov rdi, 1		; stdout
	mov rsi, string_hello
	mov rdx, 15
	syscall

	mov rax, 60		; exit, for Linux
	mov rbx, 70		; exit, for "custom"
	syscall

SECTION .data
string_hello: db "Hello, world!", 0x0D, 0x0A, 0x00
