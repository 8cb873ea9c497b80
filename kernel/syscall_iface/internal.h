/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef _KERNEL_SYSCALL_IFACE_INTERNAL_H
#define _KERNEL_SYSCALL_IFACE_INTERNAL_H

#include <linux/errno.h>
#include <linux/configfs.h>
#include <linux/mutex.h>
#include <linux/ratelimit.h>
#include <linux/rcupdate.h>
#include <linux/syscall_iface_core.h>
#include <linux/workqueue.h>
#include <asm/syscall_iface.h>

struct cred;

/* Table entry of a foreign number that maps to nothing. */
#define SYSCALL_IFACE_UNMAPPED	U16_MAX

/**
 * struct syscall_iface_table - decoding state, replaced as a whole
 * @rcu: frees the old table after readers are done with it
 * @nr_off: offset in struct pt_regs of the register with the number
 * @unmapped: what an unmapped number does
 * @method: the instruction the interface's programs enter with
 * @ret: how its calls return errors
 * @convert: results are returned the interface's way: @ret is not linux,
 *           or the errno map has entries
 * @size: foreign numbers below @size may be mapped
 * @count: number of mapped entries
 * @errno_size: native errnos below @errno_size may be mapped
 * @errno_count: number of errno map entries
 * @ent: for each foreign number below @size: native number, service
 *       number or SYSCALL_IFACE_UNMAPPED; then the errno map: for each
 *       native errno below @errno_size, the foreign errno or 0
 *
 * The number register, the policy, the method and the return convention
 * live here, next to the entries, so that a task decoding a call sees
 * one consistent configuration.  @convert follows from the rest:
 * syscall_iface_table_seal() sets it before a table is published.
 */
struct syscall_iface_table {
	struct rcu_head rcu;
	unsigned int nr_off;
	enum syscall_iface_unmapped unmapped;
	enum syscall_iface_method method;
	enum syscall_iface_ret ret;
	bool convert;
	unsigned int size;
	unsigned int count;
	unsigned int errno_size;
	unsigned int errno_count;
	u16 ent[];
};

/* Whether table entry @e names a service. */
static inline bool syscall_iface_ent_is_service(u16 e)
{
	return e != SYSCALL_IFACE_UNMAPPED && e >= SYSCALL_IFACE_SERVICE_BASE;
}

static inline const u16 *
syscall_iface_errmap(const struct syscall_iface_table *t)
{
	return t->ent + t->size;
}

/**
 * syscall_iface_errno_is_restart - whether an errno is a restart code
 * @e: a positive errno
 *
 * A call returns one to ask the signal code to restart it (or to make it
 * -EINTR); programs never see them.
 */
static inline bool syscall_iface_errno_is_restart(unsigned long e)
{
	return e == ERESTARTSYS || e == ERESTARTNOINTR ||
	       e == ERESTARTNOHAND || e == ERESTART_RESTARTBLOCK;
}

/**
 * struct syscall_iface_sig - a signature in the executable's header
 * @rcu: frees the old signature after exec-time readers are done
 * @offset: where the signature starts
 * @len: its length; 0 means no magic has been set
 * @masked: whether @mask applies
 * @magic: the bytes to match
 * @mask: ANDed with the file's bytes before comparing
 */
struct syscall_iface_sig {
	struct rcu_head rcu;
	unsigned int offset;
	unsigned int len;
	bool masked;
	u8 magic[SYSCALL_IFACE_SIG_MAX];
	u8 mask[SYSCALL_IFACE_SIG_MAX];
};

/* Per-CPU counters: no shared cache line is written per syscall. */
struct syscall_iface_pcpu {
	u64 execs;
	u64 calls;
	u64 unmapped;
};

/**
 * struct syscall_iface - one interface
 * @group: its configfs directory; the item's kref counts the tasks'
 *         references too, so the interface lives while anyone uses it
 * @name: its name; configfs frees its own copy before the release callback
 * @node: on syscall_iface_all (stats), under syscall_iface_mutex
 * @bound_node: in its handler's table of bound interfaces while @binfmt is
 *              set (RCU)
 * @bind_seq: when it was bound: of two matching signatures, the first
 *            bound wins
 * @table: current decoding table (RCU)
 * @sig: current signature (RCU)
 * @platform: the platform it names, with a reference on its module, or
 *            NULL (RCU; platform.c)
 * @binfmt: the handler that selects this interface at exec
 * @native: this is "linux", the native interface
 * @restricted: runs only under credentials that hold CAP_SYS_ADMIN
 *              (syscall_iface_permitted())
 * @deleted: removed from configfs, alive until its last task lets go
 * @tasks: tasks using it now
 * @stats: per-CPU counters
 * @table_error: why the last write to "table" was refused, or ""
 * @log_rs: limits the log lines about refused writes, per interface
 * @info_rs: limits the log lines of iface_info, per interface
 * @free_work: frees the interface after an RCU grace period
 */
struct syscall_iface {
	struct config_group group;
	char name[SYSCALL_IFACE_NAME_MAX + 1];
	struct list_head node;
	struct hlist_node bound_node;
	u64 bind_seq;
	struct syscall_iface_table __rcu *table;
	struct syscall_iface_sig __rcu *sig;
	const struct syscall_iface_platform __rcu *platform;
	enum syscall_iface_binfmt binfmt;
	bool native;
	bool restricted;
	bool deleted;
	atomic_long_t tasks;
	struct syscall_iface_pcpu __percpu *stats;
	char table_error[160];
	struct ratelimit_state log_rs;
	struct ratelimit_state info_rs;
	struct rcu_work free_work;
};

extern struct mutex syscall_iface_mutex;
extern struct list_head syscall_iface_all;
extern struct syscall_iface *syscall_iface_linux;

static inline const char *syscall_iface_name(struct syscall_iface *iface)
{
	return iface->name;
}

/**
 * struct syscall_iface_call - one foreign call, as decoded
 * @nr: the foreign number
 * @native: the native (or service) number it maps to, when mapped
 * @nr_off: offset in struct pt_regs of the register it was read from
 * @unmapped: what to do if it has no mapping
 * @convert: its result is to be returned the interface's way
 */
struct syscall_iface_call {
	unsigned long nr;
	long native;
	unsigned int nr_off;
	enum syscall_iface_unmapped unmapped;
	bool convert;
};

/* What decoding made of a foreign call. */
enum syscall_iface_decoded {
	SYSCALL_IFACE_DECODED_MAPPED,	/* run call->native */
	SYSCALL_IFACE_DECODED_UNMAPPED,	/* apply call->unmapped */
	SYSCALL_IFACE_DECODED_RESTART,	/* SYSCALL_IFACE_NR_RESTART */
};

/* iface.c: lifetime, the rule for restricted interfaces, counters */
struct syscall_iface *syscall_iface_alloc(const char *name, bool native);
int syscall_iface_add(struct syscall_iface *iface,
		      const struct config_item_type *type);
void syscall_iface_release(struct syscall_iface *iface);
void syscall_iface_destroy(struct syscall_iface *iface);
struct syscall_iface *syscall_iface_get_by_name(const char *name);
bool syscall_iface_permitted(struct syscall_iface *iface,
			     const struct cred *cred);
const char *syscall_iface_binfmt_name(enum syscall_iface_binfmt fmt);
void syscall_iface_sum(struct syscall_iface *iface,
		       struct syscall_iface_pcpu *sum);
long syscall_iface_tasks(struct syscall_iface *iface);

/* match.c: signatures, and the bound interfaces exec searches */
bool syscall_iface_sig_match(const struct syscall_iface_sig *sig,
			     const u8 *buf);
void syscall_iface_bind(struct syscall_iface *iface,
			enum syscall_iface_binfmt fmt);
void syscall_iface_set_sig(struct syscall_iface *iface,
			   struct syscall_iface_sig *sig);
struct syscall_iface *syscall_iface_bound_clash(struct syscall_iface *iface,
						enum syscall_iface_binfmt fmt,
						const struct syscall_iface_sig *sig);

/* task.c: binding to tasks at exec, fork and exit; prctl and ptrace */
void syscall_iface_set_task(struct task_struct *tsk, struct syscall_iface *new);
extern bool syscall_iface_tracing;
int syscall_iface_trace_reg(void);
void syscall_iface_trace_unreg(void);

/* decode.c: foreign calls, in and out */
enum syscall_iface_decoded syscall_iface_decode(struct syscall_iface *iface,
						struct pt_regs *regs,
						enum syscall_iface_method method,
						struct syscall_iface_call *call);
bool syscall_iface_convert(struct syscall_iface *iface, long *val,
			   enum syscall_iface_ret *ret);

/* table.c: parse, format and publish tables */
struct syscall_iface_table *syscall_iface_table_parse(const char *text,
						      size_t len,
						      const struct syscall_iface_table *old,
						      bool native,
						      const struct syscall_iface_platform *platform,
						      char *err, size_t errlen);
struct syscall_iface_table *syscall_iface_errno_parse(const char *text,
						      size_t len,
						      const struct syscall_iface_table *old,
						      char *err, size_t errlen);
int syscall_iface_table_check(const struct syscall_iface_table *t,
			      const struct syscall_iface_platform *platform,
			      char *why, size_t len);
void syscall_iface_table_seal(struct syscall_iface_table *t);
void syscall_iface_table_publish(struct syscall_iface *iface,
				 struct syscall_iface_table *t);
void syscall_iface_table_free(struct syscall_iface_table *t);
ssize_t syscall_iface_errno_format(const struct syscall_iface_table *t,
				   char *buf, size_t size);
struct syscall_iface_table *syscall_iface_table_dup(const struct syscall_iface_table *t);
ssize_t syscall_iface_table_format(const struct syscall_iface_table *t,
				   char *buf, size_t size);

/* service.c */
bool syscall_iface_name_ok(const char *name);
int syscall_iface_service_add(const char *name,
			      long (*fn)(struct pt_regs *regs),
			      struct module *owner,
			      const struct syscall_iface_platform *platform);
int syscall_iface_service_lookup(const char *name, bool reserve_slot);
int syscall_iface_service_check(unsigned int nr,
				const struct syscall_iface_platform *platform,
				char *why, size_t len);
void syscall_iface_services_sweep(void);
bool syscall_iface_service_run(unsigned int id, struct pt_regs *regs);
void syscall_iface_service_release(struct task_struct *tsk);
const char *syscall_iface_service_name(unsigned int nr, bool *present);
long syscall_iface_linux_extra(unsigned long nr);
ssize_t syscall_iface_services_format(char *buf, size_t size);
int syscall_iface_services_init(void);

/* platform.c */
const struct syscall_iface_platform *syscall_iface_platform_get(const char *name);
void syscall_iface_platform_put(const struct syscall_iface_platform *p);
const struct syscall_iface_platform *
syscall_iface_platform_of(struct syscall_iface *iface);
void syscall_iface_trampoline_map(void);
void syscall_iface_fork_child(void);

/* configfs.c, sysfs.c */
int syscall_iface_configfs_init(void);
int syscall_iface_sysfs_init(void);

#endif /* _KERNEL_SYSCALL_IFACE_INTERNAL_H */
