// SPDX-License-Identifier: GPL-2.0-only
/*
 * Flag maps: a platform's flags and Linux's, as data.  Each entry maps a
 * set of the platform's bits to Linux's; bits no entry names are refused,
 * so that a flag Linux does not have fails with EINVAL instead of being
 * lost.
 */

#include <linux/errno.h>
#include <linux/export.h>
#include <linux/signal.h>

#include "bsd.h"

/**
 * bsd_flags_to_linux - a platform's flags in Linux's numbering
 * @map: the map
 * @n: its entries
 * @foreign: the platform's flags
 * @native: set to Linux's
 *
 * Return: 0, or -EINVAL if @foreign has a bit that @map does not name.
 */
int bsd_flags_to_linux(const struct bsd_flag *map, unsigned int n,
		       unsigned long foreign, unsigned long *native)
{
	unsigned long l = 0;
	unsigned int i;

	for (i = 0; i < n; i++) {
		if (foreign & map[i].foreign) {
			l |= map[i].native;
			foreign &= ~map[i].foreign;
		}
	}
	if (foreign)
		return -EINVAL;
	*native = l;
	return 0;
}
EXPORT_SYMBOL_GPL(bsd_flags_to_linux);

/**
 * bsd_flags_from_linux - Linux's flags in a platform's numbering
 * @map: the map
 * @n: its entries
 * @native: Linux's flags; those no entry gives are dropped
 *
 * Return: the platform's flags.
 */
unsigned long bsd_flags_from_linux(const struct bsd_flag *map,
				   unsigned int n, unsigned long native)
{
	unsigned long f = 0;
	unsigned int i;

	for (i = 0; i < n; i++)
		if (map[i].native && (native & map[i].native) == map[i].native)
			f |= map[i].foreign;
	return f;
}
EXPORT_SYMBOL_GPL(bsd_flags_from_linux);

const struct bsd_flag bsd_sa_flags[7] = {
	{ 0x0001, SA_ONSTACK },
	{ 0x0002, SA_RESTART },
	{ 0x0004, SA_RESETHAND },
	{ 0x0008, SA_NOCLDSTOP },
	{ 0x0010, SA_NODEFER },
	{ 0x0020, SA_NOCLDWAIT },
	{ 0x0040, SA_SIGINFO },
};
EXPORT_SYMBOL_GPL(bsd_sa_flags);
