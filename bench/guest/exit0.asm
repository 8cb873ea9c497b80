; exit0: exit(0) at once; the smallest program to exec.  A copy with
; "BNCH" in place of the ELF magic runs under the benchmark's interface,
; which maps 60 to exit as well.
	global _start
	section .text
_start:
	mov eax, 60
	xor edi, edi
	mov ebx, 60
	syscall
