// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit tests for the table parser and printer.  Included by table.c so
 * that they can reach its static helpers.
 */

#include <kunit/test.h>

/* What a new interface starts with: no entries, default settings. */
static const struct syscall_iface_table empty_table;

static struct syscall_iface_table *
parse_for(const char *text, bool native,
	  const struct syscall_iface_platform *platform, char *err)
{
	struct syscall_iface_table *t;

	mutex_lock(&syscall_iface_mutex);
	t = syscall_iface_table_parse(text, strlen(text), &empty_table, native,
				      platform, err, 128);
	mutex_unlock(&syscall_iface_mutex);
	return t;
}

static struct syscall_iface_table *
parse_on(const char *text, const struct syscall_iface_platform *platform,
	 char *err)
{
	return parse_for(text, false, platform, err);
}

static struct syscall_iface_table *parse(const char *text, bool native,
					 char *err)
{
	return parse_for(text, native, NULL, err);
}

static void table_parse_basic(struct kunit *test)
{
	char err[128] = "";
	struct syscall_iface_table *t;

	t = parse("# paper\n\n500 iface_info\n0x13a write # hex\n 70\t60\n",
		  false, err);
	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(t), "%s", err);
	KUNIT_EXPECT_EQ(test, t->size, 501U);
	KUNIT_EXPECT_EQ(test, t->count, 3U);
	KUNIT_EXPECT_EQ(test, t->ent[314], 1);
	KUNIT_EXPECT_EQ(test, t->ent[70], 60);
	KUNIT_EXPECT_EQ(test, t->ent[500], SYSCALL_IFACE_SERVICE_BASE +
			SYSCALL_IFACE_SERVICE_IFACE_INFO);
	KUNIT_EXPECT_EQ(test, t->ent[0], SYSCALL_IFACE_UNMAPPED);
	KUNIT_EXPECT_EQ(test, t->ent[499], SYSCALL_IFACE_UNMAPPED);
	kvfree(t);
}

static void table_format_normalises(struct kunit *test)
{
	const char *want = "70 exit\n314 write\n500 iface_info\n";
	char err[128] = "", buf[64];
	struct syscall_iface_table *t;
	ssize_t len;

	t = parse("500 iface_info\n314 1\n70 exit\n", false, err);
	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(t), "%s", err);
	len = syscall_iface_table_format(t, NULL, 0);
	KUNIT_EXPECT_EQ(test, len, (ssize_t)strlen(want));
	memset(buf, 0, sizeof(buf));
	KUNIT_EXPECT_EQ(test, syscall_iface_table_format(t, buf, len), len);
	KUNIT_EXPECT_STREQ(test, buf, want);
	/* A short buffer gets whole lines only, and the full length back. */
	memset(buf, 0, sizeof(buf));
	KUNIT_EXPECT_EQ(test, syscall_iface_table_format(t, buf, 10), len);
	KUNIT_EXPECT_STREQ(test, buf, "70 exit\n\n\n");
	kvfree(t);
}

/*
 * configfs sizes a read, then fills a buffer of that size: a table that
 * changed in between must leave no byte of it unwritten.
 */
static void table_format_fills_buffer(struct kunit *test)
{
	const char *text = "70 exit\n314 write\n";
	char err[128] = "", buf[64];
	struct syscall_iface_table *t;
	size_t len = strlen(text), i;

	t = parse(text, false, err);
	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(t), "%s", err);
	/* The text shrank: it, then newlines. */
	memset(buf, 0xaa, sizeof(buf));
	KUNIT_EXPECT_EQ(test, syscall_iface_table_format(t, buf, sizeof(buf)),
			(ssize_t)len);
	KUNIT_EXPECT_EQ(test, memcmp(buf, text, len), 0);
	for (i = len; i < sizeof(buf); i++)
		KUNIT_EXPECT_EQ(test, buf[i], '\n');
	/* It grew: the lines that fit, then newlines, and nothing past. */
	memset(buf, 0xaa, sizeof(buf));
	syscall_iface_table_format(t, buf, 12);
	KUNIT_EXPECT_EQ(test, memcmp(buf, "70 exit\n\n\n\n\n", 12), 0);
	KUNIT_EXPECT_EQ(test, (u8)buf[12], 0xaa);
	/* An errno map's text likewise, here an empty one. */
	memset(buf, 0xaa, sizeof(buf));
	syscall_iface_errno_format(t, buf, sizeof(buf));
	for (i = 0; i < sizeof(buf); i++)
		KUNIT_EXPECT_EQ(test, buf[i], '\n');
	kvfree(t);
}

static const struct {
	const char *text;
	bool native;
	int err;
	const char *why;
} bad_tables[] = {
	{ "1 wrote\n", false, -EINVAL, "line 1: unknown syscall 'wrote'" },
	{ "1\n", false, -EINVAL, "line 1: expected 'FOREIGN_NR NATIVE'" },
	{ "1 read 2\n", false, -EINVAL, "line 1: unexpected '2'" },
	{ "-1 read\n", false, -EINVAL, "line 1: bad number '-1'" },
	{ "65536 read\n", false, -ERANGE,
	  "line 1: foreign number 65536 out of range (0-65535)" },
	{ "1 463\n", false, -ERANGE,
	  "line 1: native number 463 out of range (0-462)" },
	{ "1 read\n\n0x1 write\n", false, -EEXIST,
	  "line 3: foreign number 1 mapped twice" },
	{ "1 service:a.b\n", false, -EINVAL, "line 1: bad service name 'a.b'" },
	{ "1 service:\n", false, -EINVAL, "line 1: bad service name ''" },
	{ "1 read\n", true, -EINVAL, "line 1: 1 is a native syscall of linux" },
	{ "600 read\n", true, -EINVAL,
	  "line 1: linux maps only extra numbers to services, not 'read'" },
	{ "4096 iface_info\n", true, -ERANGE,
	  "line 1: 4096 is in the range of service numbers (4096-65534)" },
	{ "65534 iface_info\n", true, -ERANGE,
	  "line 1: 65534 is in the range of service numbers (4096-65534)" },
};

static void table_parse_errors(struct kunit *test)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(bad_tables); i++) {
		char err[128] = "";
		struct syscall_iface_table *t;

		t = parse(bad_tables[i].text, bad_tables[i].native, err);
		KUNIT_EXPECT_EQ_MSG(test, PTR_ERR_OR_ZERO(t), bad_tables[i].err,
				    "table %u", i);
		KUNIT_EXPECT_STREQ(test, err, bad_tables[i].why);
		if (!IS_ERR(t))
			kvfree(t);
	}
}

static void table_parse_native_extras(struct kunit *test)
{
	char err[128] = "";
	struct syscall_iface_table *t;

	t = parse("548 iface_info\n", true, err);
	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(t), "%s", err);
	KUNIT_EXPECT_EQ(test, t->ent[548], SYSCALL_IFACE_SERVICE_BASE);
	kvfree(t);
}

/* More than a page of text: 4096 entries up to foreign number 65535. */
static void table_parse_large(struct kunit *test)
{
	char *text, *p, err[128] = "";
	struct syscall_iface_table *t;
	unsigned int i;

	text = kunit_kzalloc(test, 4096 * 24, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, text);
	for (p = text, i = 0; i < 4096; i++)
		p += sprintf(p, "%u getpid\n", 65535 - i * 16);
	t = parse(text, false, err);
	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(t), "%s", err);
	KUNIT_EXPECT_EQ(test, t->count, 4096U);
	KUNIT_EXPECT_EQ(test, t->size, 65536U);
	KUNIT_EXPECT_EQ(test, t->ent[65535], 39);
	KUNIT_EXPECT_EQ(test, t->ent[15], 39);
	KUNIT_EXPECT_EQ(test, t->ent[14], SYSCALL_IFACE_UNMAPPED);
	kvfree(t);
}

static void table_parse_nr(struct kunit *test)
{
	unsigned int v = 0;

	KUNIT_EXPECT_EQ(test, parse_nr("65535", 65535, &v), 0);
	KUNIT_EXPECT_EQ(test, v, 65535U);
	KUNIT_EXPECT_EQ(test, parse_nr("0x10", 65535, &v), 0);
	KUNIT_EXPECT_EQ(test, v, 16U);
	KUNIT_EXPECT_EQ(test, parse_nr("65536", 65535, &v), -ERANGE);
	KUNIT_EXPECT_EQ(test, parse_nr("99999999999999999999999", 65535, &v),
			-ERANGE);
	KUNIT_EXPECT_EQ(test, parse_nr("x1", 65535, &v), -EINVAL);
	KUNIT_EXPECT_EQ(test, parse_nr("1x", 65535, &v), -EINVAL);
}

/* Whether /sys/kernel/syscall_iface/services lists a service. */
static bool service_listed(struct kunit *test, const char *name)
{
	ssize_t len = syscall_iface_services_format(NULL, 0);
	char *buf = kunit_kzalloc(test, len + 1, GFP_KERNEL);
	char needle[SYSCALL_IFACE_NAME_MAX + 3];

	KUNIT_ASSERT_NOT_NULL(test, buf);
	syscall_iface_services_format(buf, len);
	snprintf(needle, sizeof(needle), " %s ", name);
	return strstr(buf, needle);
}

/* A refused table leaves no service slot behind. */
static void table_parse_refused_reserves_nothing(struct kunit *test)
{
	char err[128] = "";
	struct syscall_iface_table *t;

	t = parse("1 service:kunit_a\n2 service:kunit_b\n3 nosuch\n", false, err);
	KUNIT_EXPECT_EQ(test, PTR_ERR_OR_ZERO(t), -EINVAL);
	KUNIT_EXPECT_FALSE(test, service_listed(test, "kunit_a"));
	KUNIT_EXPECT_FALSE(test, service_listed(test, "kunit_b"));
}

/*
 * A slot that no published table names and no module provides is freed
 * by the next sweep: a mistyped name does not use it up.
 */
static void table_unnamed_slot_is_freed(struct kunit *test)
{
	char err[128] = "";
	struct syscall_iface_table *t;

	t = parse("1 service:kunit_typo\n", false, err);
	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(t), "%s", err);
	KUNIT_EXPECT_TRUE(test, syscall_iface_ent_is_service(t->ent[1]));
	KUNIT_EXPECT_TRUE(test, service_listed(test, "kunit_typo"));
	kvfree(t);

	mutex_lock(&syscall_iface_mutex);
	syscall_iface_services_sweep();
	mutex_unlock(&syscall_iface_mutex);
	KUNIT_EXPECT_FALSE(test, service_listed(test, "kunit_typo"));
}

static struct syscall_iface_table *errno_parse(const char *text,
					       const struct syscall_iface_table *old,
					       char *err)
{
	return syscall_iface_errno_parse(text, strlen(text), old, err, 128);
}

/* The errno map keeps the entries and settings, and they keep it. */
static void table_errno_map(struct kunit *test)
{
	char err[128] = "", buf[64] = "";
	struct syscall_iface_table *t, *m, *r;
	const u16 *map;

	t = parse("1 write\n2 open\n", false, err);
	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(t), "%s", err);
	t->ret = SYSCALL_IFACE_RET_CARRY;
	m = errno_parse("# FreeBSD\n2 2\n11 35\n 35 \t 78\n", t, err);
	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(m), "%s", err);
	map = syscall_iface_errmap(m);
	KUNIT_EXPECT_EQ(test, m->errno_count, 3U);
	KUNIT_EXPECT_EQ(test, m->errno_size, 36U);
	KUNIT_EXPECT_EQ(test, map[11], 35);
	KUNIT_EXPECT_EQ(test, map[35], 78);
	KUNIT_EXPECT_EQ(test, map[12], 0);
	KUNIT_EXPECT_EQ(test, m->ent[2], 2);
	KUNIT_EXPECT_EQ(test, m->ret, SYSCALL_IFACE_RET_CARRY);
	if (IS_ENABLED(CONFIG_SYMBOLIC_ERRNAME)) {
		ssize_t len = syscall_iface_errno_format(m, NULL, 0);

		syscall_iface_errno_format(m, buf, len);
		KUNIT_EXPECT_STREQ(test, buf, "ENOENT 2\nEAGAIN 35\nEDEADLK 78\n");
	}
	/* A new table keeps the map. */
	mutex_lock(&syscall_iface_mutex);
	r = syscall_iface_table_parse("7 getpid\n", 9, m, false, NULL, err,
				      128);
	mutex_unlock(&syscall_iface_mutex);
	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(r), "%s", err);
	KUNIT_EXPECT_EQ(test, r->size, 8U);
	KUNIT_EXPECT_EQ(test, syscall_iface_errmap(r)[35], 78);
	KUNIT_EXPECT_TRUE(test, r->convert);
	kvfree(r);
	kvfree(m);
	/* An empty map: nothing to convert under ret linux. */
	t->ret = SYSCALL_IFACE_RET_LINUX;
	m = errno_parse("", t, err);
	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(m), "%s", err);
	KUNIT_EXPECT_FALSE(test, m->convert);
	kvfree(m);
	kvfree(t);
}

static const struct {
	const char *text;
	int err;
	const char *why;
} bad_errnos[] = {
	{ "2\n", -EINVAL, "line 1: expected 'NATIVE_ERRNO FOREIGN_ERRNO'" },
	{ "2 2 2\n", -EINVAL, "line 1: unexpected '2'" },
	{ "0 2\n", -ERANGE, "line 1: native errno 0 out of range (1-4095)" },
	{ "2 4096\n", -ERANGE, "line 1: foreign errno 4096 out of range (1-4095)" },
	{ "2 -1\n", -EINVAL, "line 1: bad errno '-1'" },
	{ "2 ENOENT\n", -EINVAL, "line 1: bad errno 'ENOENT'" },
	{ "512 2\n", -EINVAL, "line 1: native errno 512 is a restart code" },
	{ "2 516\n", -EINVAL, "line 1: foreign errno 516 is a restart code" },
	{ "2 3\n0x2 4\n", -EEXIST, "line 2: errno 0x2 mapped twice" },
};

static void table_errno_errors(struct kunit *test)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(bad_errnos); i++) {
		char err[128] = "";
		struct syscall_iface_table *t;

		t = errno_parse(bad_errnos[i].text, &empty_table, err);
		KUNIT_EXPECT_EQ_MSG(test, PTR_ERR_OR_ZERO(t), bad_errnos[i].err,
				    "map %u", i);
		KUNIT_EXPECT_STREQ(test, err, bad_errnos[i].why);
		if (!IS_ERR(t))
			kvfree(t);
	}
	if (IS_ENABLED(CONFIG_SYMBOLIC_ERRNAME)) {
		char err[128] = "";

		KUNIT_EXPECT_EQ(test, PTR_ERR(errno_parse("ENOPE 2\n",
							  &empty_table, err)),
				-EINVAL);
		KUNIT_EXPECT_STREQ(test, err, "line 1: unknown errno 'ENOPE'");
	}
}

/* Sealing derives whether results convert. */
static void table_seal(struct kunit *test)
{
	struct syscall_iface_table *t;

	t = kunit_kzalloc(test, struct_size(t, ent, 9), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, t);
	t->size = 9;
	t->method = SYSCALL_IFACE_METHOD_INT80;
	syscall_iface_table_seal(t);
	KUNIT_EXPECT_FALSE(test, t->convert);
	t->method = SYSCALL_IFACE_METHOD_SYSCALL;
	t->ret = SYSCALL_IFACE_RET_CARRY;
	syscall_iface_table_seal(t);
	KUNIT_EXPECT_TRUE(test, t->convert);
}

static long kunit_pf_call(struct pt_regs *regs)
{
	return 42;
}

static const struct syscall_iface_service_def kunit_pf_services[] = {
	{ "call", kunit_pf_call },
};

static struct syscall_iface_platform kunit_pf = {
	.name = "kunit_pf",
	.services = kunit_pf_services,
	.nr_services = ARRAY_SIZE(kunit_pf_services),
};

static void kunit_pf_unregister(void *unused)
{
	syscall_iface_unregister_platform(&kunit_pf);
}

static const struct syscall_iface_service_def kunit_pf_shared[] = {
	{ "shared", kunit_pf_call },
};

static struct syscall_iface_platform kunit_pf_named = {
	.name = "kunit_pfn",
	.services = kunit_pf_services,
	.nr_services = ARRAY_SIZE(kunit_pf_services),
	.shared_services = kunit_pf_shared,
	.nr_shared_services = ARRAY_SIZE(kunit_pf_shared),
};

static void kunit_pf_named_unregister(void *unused)
{
	syscall_iface_unregister_platform(&kunit_pf_named);
}

/* A platform's services, its own and shared ones, are named after it. */
static void table_platform_names_services(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, syscall_iface_register_platform(&kunit_pf_named),
			0);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test,
							kunit_pf_named_unregister,
							NULL), 0);
	KUNIT_EXPECT_TRUE(test, service_listed(test, "kunit_pfn_call"));
	KUNIT_EXPECT_TRUE(test, service_listed(test, "kunit_pfn_shared"));
	KUNIT_EXPECT_FALSE(test, service_listed(test, "call"));
	KUNIT_EXPECT_FALSE(test, service_listed(test, "shared"));
}

static const struct syscall_iface_service_def kunit_pf_too_long[] = {
	{ "a_name_too_long_with_the_platform_s", kunit_pf_call },
};

/*
 * A platform one of whose names would be too long is refused, and its
 * other services, registered before it, are withdrawn.
 */
static void table_platform_long_name_refused(struct kunit *test)
{
	struct syscall_iface_platform pf = {
		.name = "kunit_pfl",
		.services = kunit_pf_services,
		.nr_services = ARRAY_SIZE(kunit_pf_services),
		.shared_services = kunit_pf_too_long,
		.nr_shared_services = ARRAY_SIZE(kunit_pf_too_long),
	};
	int ret;

	ret = syscall_iface_register_platform(&pf);
	if (!ret)
		syscall_iface_unregister_platform(&pf);
	KUNIT_EXPECT_EQ(test, ret, -EINVAL);
	KUNIT_EXPECT_FALSE(test, service_listed(test, "kunit_pfl_call"));
}

/* A platform's service: its interfaces' tables name it, the others not. */
static void table_platform_owns_services(struct kunit *test)
{
	struct syscall_iface_table *t;
	char err[128] = "";

	KUNIT_ASSERT_EQ(test, syscall_iface_register_platform(&kunit_pf), 0);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, kunit_pf_unregister,
							NULL), 0);
	t = parse("7 kunit_pf_call\n", false, err);
	KUNIT_EXPECT_EQ(test, PTR_ERR_OR_ZERO(t), -EINVAL);
	KUNIT_EXPECT_STREQ(test, err,
			   "line 1: service 'kunit_pf_call' is platform kunit_pf's, and the interface names no platform");
	t = parse("548 service:kunit_pf_call\n", true, err);
	KUNIT_EXPECT_EQ(test, PTR_ERR_OR_ZERO(t), -EINVAL);
	KUNIT_EXPECT_STREQ(test, err,
			   "line 1: service 'kunit_pf_call' is platform kunit_pf's, and the interface names no platform");
	t = parse_on("1 service:kunit_pf_none\n", &kunit_pf, err);
	KUNIT_EXPECT_EQ(test, PTR_ERR_OR_ZERO(t), -EINVAL);
	KUNIT_EXPECT_STREQ(test, err,
			   "line 1: platform kunit_pf provides no service 'kunit_pf_none'");
	KUNIT_EXPECT_FALSE(test, service_listed(test, "kunit_pf_none"));

	t = parse_on("7 kunit_pf_call\n8 iface_info\n", &kunit_pf, err);
	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(t), "%s", err);
	mutex_lock(&syscall_iface_mutex);
	KUNIT_EXPECT_EQ(test, syscall_iface_table_check(t, &kunit_pf, err, 128),
			0);
	KUNIT_EXPECT_EQ(test, syscall_iface_table_check(t, NULL, err, 128),
			-EINVAL);
	mutex_unlock(&syscall_iface_mutex);
	KUNIT_EXPECT_STREQ(test, err,
			   "the table maps 7 to service 'kunit_pf_call' is platform kunit_pf's, and the interface names no platform");
	kvfree(t);
}

/* A platform's service runs only for tasks of the platform. */
static void table_platform_service_runs_for_its_tasks(struct kunit *test)
{
	struct syscall_iface_task *st = &current->syscall_iface;
	struct pt_regs regs = {};
	int nr;

	KUNIT_ASSERT_EQ(test, syscall_iface_register_platform(&kunit_pf), 0);
	KUNIT_ASSERT_EQ(test, kunit_add_action_or_reset(test, kunit_pf_unregister,
							NULL), 0);
	mutex_lock(&syscall_iface_mutex);
	nr = syscall_iface_service_lookup("kunit_pf_call", false);
	mutex_unlock(&syscall_iface_mutex);
	KUNIT_ASSERT_GE(test, nr, SYSCALL_IFACE_SERVICE_BASE);
	KUNIT_EXPECT_FALSE(test, syscall_iface_service_run(nr - SYSCALL_IFACE_SERVICE_BASE,
							   &regs));
	KUNIT_EXPECT_EQ(test, regs.ax, 0UL);
	st->platform = &kunit_pf;
	KUNIT_EXPECT_TRUE(test, syscall_iface_service_run(nr - SYSCALL_IFACE_SERVICE_BASE,
							  &regs));
	st->platform = NULL;
	KUNIT_EXPECT_EQ(test, regs.ax, 42UL);
}

/* Services are numbered as needed: far more than the old 128 slots. */
static void table_many_services(struct kunit *test)
{
	struct syscall_iface_table *t;
	char *text, *p, err[128] = "";
	unsigned int i;

	text = kunit_kzalloc(test, 1000 * 32, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, text);
	for (p = text, i = 0; i < 1000; i++)
		p += sprintf(p, "%u service:kunit_many_%u\n", i, i);
	t = parse(text, false, err);
	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(t), "%s", err);
	KUNIT_EXPECT_EQ(test, t->count, 1000U);
	KUNIT_EXPECT_TRUE(test, service_listed(test, "kunit_many_999"));
	kvfree(t);
	mutex_lock(&syscall_iface_mutex);
	syscall_iface_services_sweep();
	mutex_unlock(&syscall_iface_mutex);
	KUNIT_EXPECT_FALSE(test, service_listed(test, "kunit_many_999"));
}

static struct kunit_case syscall_iface_table_cases[] = {
	KUNIT_CASE(table_errno_map),
	KUNIT_CASE(table_errno_errors),
	KUNIT_CASE(table_seal),
	KUNIT_CASE(table_parse_refused_reserves_nothing),
	KUNIT_CASE(table_unnamed_slot_is_freed),
	KUNIT_CASE(table_parse_basic),
	KUNIT_CASE(table_format_normalises),
	KUNIT_CASE(table_format_fills_buffer),
	KUNIT_CASE(table_format_fills_buffer),
	KUNIT_CASE(table_parse_errors),
	KUNIT_CASE(table_parse_native_extras),
	KUNIT_CASE(table_parse_large),
	KUNIT_CASE(table_parse_nr),
	KUNIT_CASE(table_platform_owns_services),
	KUNIT_CASE(table_platform_names_services),
	KUNIT_CASE(table_platform_long_name_refused),
	KUNIT_CASE(table_platform_service_runs_for_its_tasks),
	KUNIT_CASE(table_many_services),
	{}
};

static struct kunit_suite syscall_iface_table_suite = {
	.name = "syscall_iface_table",
	.test_cases = syscall_iface_table_cases,
};

kunit_test_suite(syscall_iface_table_suite);
