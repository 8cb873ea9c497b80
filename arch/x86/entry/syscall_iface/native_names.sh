#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# native_names.sh TBL: the native x86-64 syscall names, from the kernel's
# syscall_64.tbl, as C array initialisers ("\t[NR] = \"name\",").  The
# names are the ones users write ("stat", not the entry point
# "sys_newstat").  The kernel's native.c and ifacectl both include the
# output, so that they agree on every name.
exec awk '$2 == "common" || $2 == "64" { printf "\t[%d] = \"%s\",\n", $1, $3 }' "$1"
