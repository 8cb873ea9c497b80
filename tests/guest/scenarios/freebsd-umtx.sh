# test: freebsd platform: the _umtx_op operations libthr uses when a pthread object is contended: a mutex's wait and wake, a priority-inheriting mutex's lock and unlock (PI futexes), a process-shared condition variable's wait, signal and broadcast, a read-write lock's, a semaphore's, pthread_join()'s wait on a long, the wake of many sleepers at once, and timeouts relative and absolute, as libthr's own algorithms use them from several threads
# timeout: 120
. /lib/scenario.sh
freebsd_iface fbsd
out=$(fbsd-umtx)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "changed 0 0
high 0 0
timeout 1 60
timeout-abs 1 60
bad-time 1 22
join 0 0 1
mutex 4000 0
cv-timeout 1 60
cv-released 1
cv-eperm 1 1
cv-signal 1 0
cv-broadcast 2 0
pi-deadlock 1 11
pi-trylock 1 16
pi-timeout 1 60
pi-unlock-free 1 1
pi-mutex 4000 0
rwlock 1000 0 0
sem 300 0
nwake 0 0
nwoken 0 0
bad-op 1 22" "each operation's result"
