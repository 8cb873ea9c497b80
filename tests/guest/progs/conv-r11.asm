; conv-r11: what r11 holds after a failing call, under its interface's
; entry method and return convention.  Built twice, like conv.asm:
; conv-r11 enters with the syscall instruction, conv-r11-int80 (-DINT80)
; with int $0x80.  Foreign numbers as in conv.asm (2 open, 3 exit).
;
; It opens a missing file with CF clear and r11 zero, and exits with
;   1  if r11's carry bit is set
;   2  if r11 is still zero
;   4  if CF is set
; added up.  The syscall instruction overwrites r11 with rflags; under
; the carry convention r11 then holds the flags the call returned, as on
; FreeBSD (5).  int $0x80 keeps r11 (6 under carry).  Under the linux
; convention r11 holds the flags the call was made with (0).

[BITS 64]

%ifdef INT80
%define ENTER int 0x80
%else
%define ENTER syscall
%endif

SECTION .data
path:		db "/nonexistent/conv-r11", 0

SECTION .text
global _start

_start:
	mov eax, 2
	lea rdi, [rel path]
	xor esi, esi
	xor edx, edx
	xor r11d, r11d		; clears CF too
	ENTER
	setc bl
	shl bl, 2
	test r11, r11
	jnz .not_zero
	or bl, 2
.not_zero:
	and r11d, 1
	or bl, r11b
	movzx edi, bl
	mov eax, 3
	ENTER
	ud2
