// SPDX-License-Identifier: GPL-2.0-only
/*
 * binfmt_juha: ELF executables that carry a registered foreign signature
 * in place of the ELF magic.
 *
 * Placeholder: the loader itself arrives with the syscall-iface core.
 */

#include <linux/init.h>
