// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface platforms: what a foreign ABI needs besides its table,
 * provided by modules on the model of FreeBSD's struct sysentvec.
 *
 * An interface names at most one platform (its "platform" attribute).
 * Naming one loads its module if need be (module alias
 * "syscall-iface-platform-NAME") and pins it: the interface holds a
 * reference on the module while it names the platform, and so does each
 * task that runs under it, from the exec or prctl that gave it the
 * interface until it leaves the interface.  So a platform module cannot
 * be unloaded while anyone uses it, and no task runs half translated.  A
 * task keeps the platform it got even if its interface later names
 * another, as a FreeBSD process keeps its sysentvec.
 */

#define pr_fmt(fmt) "syscall_iface: " fmt

#include <linux/fdtable.h>
#include <linux/file.h>
#include <linux/filelock.h>
#include <linux/fs.h>
#include <linux/eventpoll.h>
#include <linux/kmod.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/ptrace.h>
#include <linux/resource.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/task_stack.h>
#include <linux/security.h>
#include <linux/signal.h>
#include <linux/slab.h>
#include <linux/syscall_iface_service.h>
#include <linux/time.h>
#include <linux/uaccess.h>

#include "internal.h"

/* Registered platforms, under syscall_iface_mutex. */
static LIST_HEAD(platforms);

static struct syscall_iface_platform *find(const char *name)
{
	struct syscall_iface_platform *p;

	list_for_each_entry(p, &platforms, node)
		if (!strcmp(p->name, name))
			return p;
	return NULL;
}

/*
 * Platforms' pages: a trampoline (a page of code) or a data page (FreeBSD's
 * timekeeping page), mapped read-only into programs as a special mapping,
 * like the vDSO.  A mapping goes with the mm (fork copies it) and may
 * outlive its task's hold on the platform (a prctl() to another
 * interface), and so the module: the page and the mapping's description
 * are the core's, kept for the kernel's lifetime and shared by every
 * registration of the same code, or of the same data page name.
 */
struct platform_page {
	struct list_head node;
	struct vm_special_mapping map;
	struct page *pages[2];		/* NULL-terminated */
	unsigned int size;		/* a trampoline's code; 0: data */
};

/* Every platform page ever made, under syscall_iface_mutex. */
static LIST_HEAD(platform_pages);

static struct platform_page *platform_page_new(const char *name)
{
	struct platform_page *t;

	t = kzalloc(sizeof(*t), GFP_KERNEL);
	if (!t)
		return NULL;
	t->map.name = kstrdup_const(name, GFP_KERNEL);
	t->pages[0] = alloc_page(GFP_KERNEL | __GFP_ZERO);
	if (!t->map.name || !t->pages[0]) {
		kfree_const(t->map.name);
		kfree(t);
		return NULL;
	}
	t->map.pages = t->pages;
	list_add(&t->node, &platform_pages);
	return t;
}

static struct vm_special_mapping *trampoline_get(const void *code,
						 unsigned int size)
{
	struct platform_page *t;

	lockdep_assert_held(&syscall_iface_mutex);
	list_for_each_entry(t, &platform_pages, node)
		if (t->size == size &&
		    !memcmp(page_address(t->pages[0]), code, size))
			return &t->map;
	t = platform_page_new("[trampoline]");
	if (!t)
		return NULL;
	memcpy(page_address(t->pages[0]), code, size);
	t->size = size;
	return &t->map;
}

/**
 * syscall_iface_data_page - a page of data for a platform's programs
 * @name: its name, as /proc/PID/maps shows the mapping ("[timekeep]")
 *
 * For data the kernel keeps up to date and programs read, as FreeBSD's
 * timekeeping page: the platform writes it through page_address() and
 * maps it with syscall_iface_map_page().  The page outlives the module
 * with the mappings of it; a module loaded again gets the same page back,
 * as it was left.
 *
 * Return: the mapping's description, or NULL if out of memory.
 */
const struct vm_special_mapping *syscall_iface_data_page(const char *name)
{
	struct platform_page *t;

	mutex_lock(&syscall_iface_mutex);
	list_for_each_entry(t, &platform_pages, node)
		if (!t->size && !strcmp(t->map.name, name))
			goto out;
	t = platform_page_new(name);
out:
	mutex_unlock(&syscall_iface_mutex);
	return t ? &t->map : NULL;
}
EXPORT_SYMBOL_GPL(syscall_iface_data_page);

/*
 * Map @map into current's mm, unless the mm has it already (a thread or
 * an earlier prctl() mapped it): the address, or an errno.  Never
 * writable, even by a tracer (no VM_MAYWRITE: not copy-on-write).
 */
static unsigned long special_page_map(const struct vm_special_mapping *map,
				      unsigned long vm_flags)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	struct vma_iterator vmi;
	unsigned long addr;

	if (mmap_write_lock_killable(mm))
		return -EINTR;
	vma_iter_init(&vmi, mm, 0);
	for_each_vma(vmi, vma) {
		if (vma_is_special_mapping(vma, map)) {
			addr = vma->vm_start;
			goto out;
		}
	}
	addr = get_unmapped_area(NULL, 0, PAGE_SIZE, 0, 0);
	if (!IS_ERR_VALUE(addr)) {
		vma = _install_special_mapping(mm, addr, PAGE_SIZE,
					       VM_READ | VM_MAYREAD | vm_flags,
					       map);
		if (IS_ERR(vma))
			addr = PTR_ERR(vma);
	}
out:
	mmap_write_unlock(mm);
	return addr;
}

/**
 * syscall_iface_map_page - map a platform's data page into current's mm
 * @map: what syscall_iface_data_page() returned
 *
 * Read-only, for the mm's lifetime; once per mm.
 *
 * Return: the page's address, or a negative errno.
 */
unsigned long syscall_iface_map_page(const struct vm_special_mapping *map)
{
	return special_page_map(map, VM_DONTDUMP);
}
EXPORT_SYMBOL_GPL(syscall_iface_map_page);

/**
 * syscall_iface_trampoline_map - map current's platform's trampoline
 *
 * At exec, once the program is loaded, and when a task selects an
 * interface with prctl().  The address is the task's, and its threads'
 * and children's after it.  Without one (no room, or a fatal signal
 * meanwhile) the platform's handlers cannot run: logged.
 */
void syscall_iface_trampoline_map(void)
{
	struct syscall_iface_task *st = &current->syscall_iface;
	const struct syscall_iface_platform *p = st->platform;
	unsigned long addr;

	if (!p || !p->trampoline_map || st->trampoline)
		return;
	addr = special_page_map(p->trampoline_map, VM_EXEC | VM_MAYEXEC);
	if (IS_ERR_VALUE(addr))
		pr_warn_ratelimited("%s[%d]: no room for the %s trampoline (%pe): its signal handlers cannot run\n",
				    current->comm, task_pid_nr(current), p->name,
				    ERR_PTR(addr));
	else
		st->trampoline = addr;
}

/**
 * syscall_iface_trampoline - where current's platform trampoline is mapped
 *
 * Return: its address, or 0 if it has none.
 */
unsigned long syscall_iface_trampoline(void)
{
	return current->syscall_iface.trampoline;
}
EXPORT_SYMBOL_GPL(syscall_iface_trampoline);

/*
 * Service @i of @p: its own, then those it shares with other platforms.
 * Its name is the platform's, '_', and the service's.
 */
static const struct syscall_iface_service_def *
service_def(const struct syscall_iface_platform *p, unsigned int i,
	    char name[SYSCALL_IFACE_NAME_MAX + 1])
{
	const struct syscall_iface_service_def *d;

	d = i < p->nr_services ? &p->services[i] :
				 &p->shared_services[i - p->nr_services];
	if (snprintf(name, SYSCALL_IFACE_NAME_MAX + 1, "%s_%s", p->name,
		     d->name) > SYSCALL_IFACE_NAME_MAX)
		return NULL;
	return d;
}

/* How many services @p has. */
static unsigned int nr_services(const struct syscall_iface_platform *p)
{
	return p->nr_services + p->nr_shared_services;
}

/* Withdraw the first @n services of @p. */
static void unregister_services(const struct syscall_iface_platform *p,
				unsigned int n)
{
	char name[SYSCALL_IFACE_NAME_MAX + 1];

	while (n--)
		if (service_def(p, n, name))
			syscall_iface_unregister_service(name);
}

/* Register the services of @p, all or none. */
static int register_services(struct syscall_iface_platform *p)
{
	unsigned int i, n = nr_services(p);
	const struct syscall_iface_service_def *d;
	char name[SYSCALL_IFACE_NAME_MAX + 1];
	int ret;

	for (i = 0; i < n; i++) {
		d = service_def(p, i, name);
		ret = d ? syscall_iface_service_add(name, d->fn, p->owner, p) :
			  -EINVAL;
		if (ret) {
			unregister_services(p, i);
			return ret;
		}
	}
	return 0;
}

/**
 * syscall_iface_register_platform - make a platform available by name
 * @p: the platform, which must outlive its registration
 *
 * Its services are registered first, as its own: from then on the tables
 * of interfaces that name the platform may name them, and they run for
 * the platform's tasks (service.c).
 *
 * Return: 0, -EINVAL for a bad name (a service's name is the platform's,
 * '_', and its own), -EEXIST if the name or the name of one of its
 * services is taken, -ENOSPC or -ENOMEM.
 */
int syscall_iface_register_platform(struct syscall_iface_platform *p)
{
	int ret;

	if (!p->name || !syscall_iface_name_ok(p->name) ||
	    p->trampoline_size > PAGE_SIZE || !p->trampoline != !p->trampoline_size)
		return -EINVAL;
	ret = register_services(p);
	if (ret)
		return ret;
	p->trampoline_map = NULL;
	mutex_lock(&syscall_iface_mutex);
	if (find(p->name)) {
		ret = -EEXIST;
	} else if (p->trampoline) {
		p->trampoline_map = trampoline_get(p->trampoline,
						   p->trampoline_size);
		if (!p->trampoline_map)
			ret = -ENOMEM;
	}
	if (!ret)
		list_add_tail(&p->node, &platforms);
	mutex_unlock(&syscall_iface_mutex);
	if (ret) {
		unregister_services(p, nr_services(p));
		return ret;
	}
	pr_info("platform %s registered\n", p->name);
	return 0;
}
EXPORT_SYMBOL_GPL(syscall_iface_register_platform);

/**
 * syscall_iface_unregister_platform - withdraw a platform
 * @p: a registered platform
 *
 * For the module's exit: no interface names the platform and no task
 * runs under it then, as each of them holds a reference on the module.
 */
void syscall_iface_unregister_platform(struct syscall_iface_platform *p)
{
	mutex_lock(&syscall_iface_mutex);
	list_del(&p->node);
	mutex_unlock(&syscall_iface_mutex);
	unregister_services(p, nr_services(p));
}
EXPORT_SYMBOL_GPL(syscall_iface_unregister_platform);

/**
 * syscall_iface_platform_get - a registered platform, by name, pinned
 * @name: its name
 *
 * Loads the platform's module if no platform has that name yet.  Caller
 * must not hold syscall_iface_mutex.
 *
 * Return: the platform, with a reference on its module, or NULL if none
 * is registered under @name.
 */
const struct syscall_iface_platform *syscall_iface_platform_get(const char *name)
{
	struct syscall_iface_platform *p;
	bool loaded = false;

	for (;;) {
		mutex_lock(&syscall_iface_mutex);
		p = find(name);
		if (p && !try_module_get(p->owner))
			p = NULL;		/* on its way out */
		mutex_unlock(&syscall_iface_mutex);
		if (p || loaded)
			return p;
		request_module("syscall-iface-platform-%s", name);
		loaded = true;
	}
}

/**
 * syscall_iface_platform_put - drop a reference on a platform's module
 * @p: the platform, or NULL
 */
void syscall_iface_platform_put(const struct syscall_iface_platform *p)
{
	if (p)
		module_put(p->owner);
}

/**
 * syscall_iface_platform_of - the platform an interface names now, pinned
 * @iface: the interface
 *
 * The interface's own reference keeps the module while we take ours:
 * it is dropped only a grace period after the interface stops naming it
 * (configfs.c).
 *
 * Return: the platform, with a reference on its module, or NULL.
 */
const struct syscall_iface_platform *
syscall_iface_platform_of(struct syscall_iface *iface)
{
	const struct syscall_iface_platform *p;

	rcu_read_lock();
	p = rcu_dereference(iface->platform);
	if (p)
		__module_get(p->owner);
	rcu_read_unlock();
	return p;
}

/**
 * syscall_iface_exec_start - give a new program its platform's start-up state
 *
 * Called by exec_binprm() once the loader has set the program's
 * registers and mapped it, before anyone can see them: the tracer's exec
 * stop comes after.  Maps the platform's trampoline, runs its start op,
 * then unmaps Linux's vDSO if the platform has no use for it.
 */
void syscall_iface_exec_start(void)
{
	const struct syscall_iface_platform *p = current->syscall_iface.platform;

	if (!p)
		return;
	syscall_iface_trampoline_map();
	if (p->start)
		p->start(current_pt_regs());
	if (p->no_vdso)
		syscall_iface_unmap_vdso();
}

/**
 * syscall_iface_sigaction - change a signal's action for a platform
 * @sig: the Linux signal number
 * @act: the new action, or NULL
 * @oact: where to store the old one, or NULL
 *
 * For platforms whose sigaction translates its struct: the checks and the
 * work of rt_sigaction(), on kernel copies.
 *
 * Return: 0 or -EINVAL.
 */
int syscall_iface_sigaction(int sig, struct k_sigaction *act,
			    struct k_sigaction *oact)
{
	return do_sigaction(sig, act, oact);
}
EXPORT_SYMBOL_GPL(syscall_iface_sigaction);

/**
 * syscall_iface_sigaltstack - change the alternate signal stack for a platform
 * @ss: the new stack, or NULL
 * @oss: where to store the old one, or NULL
 *
 * For platforms whose sigaltstack translates its struct: the checks, the
 * lock and the work of sigaltstack(), on kernel copies.
 *
 * Return: 0, -EPERM while running on the alternate stack, -EINVAL for a
 * bad mode, -ENOMEM for a stack too small for a signal frame.
 */
int syscall_iface_sigaltstack(const struct sigaltstack *ss,
			      struct sigaltstack *oss)
{
	return do_sigaltstack(ss, oss, current_user_stack_pointer(),
			      MINSIGSTKSZ);
}
EXPORT_SYMBOL_GPL(syscall_iface_sigaltstack);

/**
 * syscall_iface_utimes - set a file's times for a platform
 * @dfd: the directory @filename is relative to, or the file itself
 * @filename: the path, or NULL for @dfd itself
 * @times: access and modification times (UTIME_NOW, UTIME_OMIT), or NULL
 *         for now
 * @flags: AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH
 *
 * For platforms whose utimensat translates its special times: the work of
 * utimensat(), on a kernel copy of the times.
 *
 * Return: 0 or a negative errno, as utimensat() returns.
 */
long syscall_iface_utimes(int dfd, const char __user *filename,
			  struct timespec64 *times, int flags)
{
	return do_utimes(dfd, filename, times, flags);
}
EXPORT_SYMBOL_GPL(syscall_iface_utimes);

/**
 * syscall_iface_setrlimit - set one of current's resource limits for a platform
 * @resource: Linux's RLIMIT_*
 * @rlim: the new limits, Linux's RLIM_INFINITY for none
 *
 * For platforms whose RLIM_INFINITY differs: the checks and the work of
 * setrlimit(), on a kernel copy of the limits.
 *
 * Return: 0 or a negative errno, as setrlimit() returns.
 */
int syscall_iface_setrlimit(unsigned int resource, struct rlimit *rlim)
{
	return do_prlimit(current, resource, rlim, NULL);
}
EXPORT_SYMBOL_GPL(syscall_iface_setrlimit);

/**
 * syscall_iface_fcntl_lock - test, set or clear a record lock for a platform
 * @fd: the file
 * @cmd: F_GETLK, F_SETLK or F_SETLKW
 * @fl: the lock, in Linux's layout; F_GETLK stores the conflicting one
 *      there (or sets l_type to F_UNLCK)
 *
 * For platforms whose struct flock differs: what fcntl() does for these
 * commands, the LSM hook included, on a kernel copy of the lock.
 *
 * Return: 0 or a negative errno, as fcntl() returns.
 */
int syscall_iface_fcntl_lock(unsigned int fd, unsigned int cmd,
			     struct flock *fl)
{
	CLASS(fd, f)(fd);
	int err;

	if (fd_empty(f))
		return -EBADF;
	err = security_file_fcntl(fd_file(f), cmd, 0);
	if (err)
		return err;
	switch (cmd) {
	case F_GETLK:
		return fcntl_getlk(fd_file(f), cmd, fl);
	case F_SETLK:
	case F_SETLKW:
		return fcntl_setlk(fd, fd_file(f), cmd, fl);
	}
	return -EINVAL;
}
EXPORT_SYMBOL_GPL(syscall_iface_fcntl_lock);

/**
 * syscall_iface_exe_path - the path of the caller's executable
 * @buf: where to build it
 * @size: @buf's size
 *
 * For platforms that tell a program where its executable is (FreeBSD's
 * kern.proc.pathname), as /proc/self/exe does.
 *
 * Return: the path, within @buf, or an ERR_PTR(): -ENOENT without an
 * executable, -ENAMETOOLONG if it does not fit.
 */
char *syscall_iface_exe_path(char *buf, int size)
{
	struct file *exe = get_task_exe_file(current);
	char *path;

	if (!exe)
		return ERR_PTR(-ENOENT);
	path = file_path(exe, buf, size);
	fput(exe);
	return path;
}
EXPORT_SYMBOL_GPL(syscall_iface_exe_path);

/**
 * syscall_iface_keep_result - leave the registers of the call under way
 *
 * For a platform's sigreturn: the registers it restored are final, and
 * rax is not a result to return the interface's way.
 */
void syscall_iface_keep_result(void)
{
	current->syscall_iface.convert = false;
}
EXPORT_SYMBOL_GPL(syscall_iface_keep_result);

/**
 * syscall_iface_forget_restart - a platform's sigreturn begins
 *
 * As rt_sigreturn does: the restart of a call that a signal handler
 * interrupted (-ERESTART_RESTARTBLOCK, nanosleep's say) is forgotten, so
 * that a restart_syscall made after the handler gets -EINTR instead of
 * resuming it.
 */
void syscall_iface_forget_restart(void)
{
	current->restart_block.fn = do_no_restart_syscall;
}
EXPORT_SYMBOL_GPL(syscall_iface_forget_restart);

/**
 * syscall_iface_bsd_fork - fork or vfork, as the BSDs return them
 * @nr: __NR_fork or __NR_vfork
 *
 * Besides the pid, the BSDs return a second value: 1 in the child and 0
 * in the parent (FreeBSD's x86_set_fork_retval() and sys_fork()); a
 * failed call leaves it.  The child copies the registers as they are
 * during the call.  It inherits no event queue either, as FreeBSD's
 * fdcopy() copies no kqueue: it closes them on its way to user mode
 * (syscall_iface_fork_child()).
 *
 * Return: the native result.
 */
long syscall_iface_bsd_fork(unsigned int nr)
{
	struct pt_regs *regs = current_pt_regs();
	struct syscall_iface_task *st = &current->syscall_iface;
	unsigned long second = syscall_iface_get_second(regs);
	long ret;

	syscall_iface_set_second(regs, 1);
	st->fork_child = true;
	ret = syscall_iface_native(nr, 0);
	st->fork_child = false;
	syscall_iface_set_second(regs, IS_ERR_VALUE(ret) ? second : 0);
	return ret;
}
EXPORT_SYMBOL_GPL(syscall_iface_bsd_fork);

/* iterate_fd()'s test: an epoll descriptor, as its number plus one. */
static int event_queue(const void *unused, struct file *file, unsigned int fd)
{
	return file_is_epoll(file) ? fd + 1 : 0;
}

/**
 * syscall_iface_fork_child - a BSD fork's child on its way to user mode
 *
 * Closes the child's event queues: its epoll descriptors, which a
 * foreign task has only as its platform's kqueues (or from a native
 * program that exec'd it without close-on-exec).
 */
void syscall_iface_fork_child(void)
{
	unsigned int next = 0;
	int n;

	current->syscall_iface.fork_child = false;
	while ((n = iterate_fd(current->files, next, event_queue, NULL))) {
		next = n;
		close_fd(n - 1);
	}
}

/**
 * syscall_iface_sigmask_begin - a mask for the call under way
 * @mask: the signals to block, in Linux's numbering
 *
 * For a platform's pselect, ppoll and paccept, whose mask is in its own
 * layout: what set_user_sigmask() does with a user mask.  The native call,
 * made without one, puts the task's own mask back as it returns, or the
 * signal code does once the handler that interrupted it is set up.
 */
void syscall_iface_sigmask_begin(const sigset_t *mask)
{
	sigset_t m = *mask;

	set_restore_sigmask();
	current->saved_sigmask = current->blocked;
	set_current_blocked(&m);
}
EXPORT_SYMBOL_GPL(syscall_iface_sigmask_begin);

/**
 * syscall_iface_sigmask_end - the call under way returns
 * @ret: its result
 *
 * Puts the task's own mask back if the native call did not, having
 * failed before its wait; a call a signal interrupted leaves it to the
 * signal code, as restore_saved_sigmask_unless() does.
 */
void syscall_iface_sigmask_end(long ret)
{
	restore_saved_sigmask_unless(ret == -ERESTARTNOHAND ||
				     ret == -ERESTARTSYS || ret == -EINTR);
}
EXPORT_SYMBOL_GPL(syscall_iface_sigmask_end);
