/* C twin of richards.py: the same tasks, records, packets and scheduler,
 * the same operations in the same order.  Python's class hierarchy becomes
 * C structs that embed their base struct as the first member; the
 * overridden `fn` is a function pointer in the Task struct (one indirect
 * call per task run, like Python's dynamic dispatch).  Every run allocates
 * its tasks, records and packets with malloc (Python allocates objects)
 * and frees them when the run is over.  Output is identical. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdbool.h>

#define ITERATIONS 900

#define I_IDLE 1
#define I_WORK 2
#define I_HANDLERA 3
#define I_HANDLERB 4
#define I_DEVA 5
#define I_DEVB 6

#define K_DEV 1000
#define K_WORK 1001

#define BUFSIZE 4
#define IDLE_COUNT 10000

#define EXPECTED_QPKT 23246
#define EXPECTED_HOLD 9297

#define MAX_OBJS 64

/* Every object of one run, freed at its end. */
static void *objs[MAX_OBJS];
static int nobjs;

static void *alloc(size_t size) {
    void *p = malloc(size);
    if (p == NULL || nobjs == MAX_OBJS) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    objs[nobjs++] = p;
    return p;
}

static void free_all(void) {
    for (int i = 0; i < nobjs; i++)
        free(objs[i]);
    nobjs = 0;
}

/* ---- packets ---- */

typedef struct Packet {
    struct Packet *link;
    int64_t ident;
    int64_t kind;
    int64_t datum;
    int64_t data[BUFSIZE];
} Packet;

static Packet *new_packet(Packet *link, int64_t ident, int64_t kind) {
    Packet *p = alloc(sizeof(Packet));
    p->link = link;
    p->ident = ident;
    p->kind = kind;
    p->datum = 0;
    for (int i = 0; i < BUFSIZE; i++)
        p->data[i] = 0;
    return p;
}

/* Put `self` at the end of `queue`; answer the queue's head. */
static Packet *append_to(Packet *self, Packet *queue) {
    self->link = NULL;
    if (queue == NULL)
        return self;
    Packet *p = queue;
    Packet *nxt = p->link;
    while (nxt != NULL) {
        p = nxt;
        nxt = p->link;
    }
    p->link = self;
    return queue;
}

/* ---- task records ---- */

typedef struct { int64_t runs; } TaskRec;

typedef struct { TaskRec base; Packet *pending; } DeviceTaskRec;
typedef struct { TaskRec base; int64_t control, count; } IdleTaskRec;
typedef struct { TaskRec base; Packet *work_in, *device_in; } HandlerTaskRec;
typedef struct { TaskRec base; int64_t destination, count; } WorkerTaskRec;

static DeviceTaskRec *new_device_rec(void) {
    DeviceTaskRec *r = alloc(sizeof *r);
    r->base.runs = 0;
    r->pending = NULL;
    return r;
}

static IdleTaskRec *new_idle_rec(void) {
    IdleTaskRec *r = alloc(sizeof *r);
    r->base.runs = 0;
    r->control = 1;
    r->count = IDLE_COUNT;
    return r;
}

static HandlerTaskRec *new_handler_rec(void) {
    HandlerTaskRec *r = alloc(sizeof *r);
    r->base.runs = 0;
    r->work_in = NULL;
    r->device_in = NULL;
    return r;
}

static WorkerTaskRec *new_worker_rec(void) {
    WorkerTaskRec *r = alloc(sizeof *r);
    r->base.runs = 0;
    r->destination = I_HANDLERA;
    r->count = 0;
    return r;
}

static Packet *work_in_add(HandlerTaskRec *self, Packet *p) {
    self->work_in = append_to(p, self->work_in);
    return self->work_in;
}

static Packet *device_in_add(HandlerTaskRec *self, Packet *p) {
    self->device_in = append_to(p, self->device_in);
    return self->device_in;
}

/* ---- task states ---- */

typedef struct {
    bool packet_pending;
    bool task_waiting;
    bool task_holding;
} TaskState;

static TaskState *new_state(void) {
    TaskState *s = alloc(sizeof *s);
    s->packet_pending = true;
    s->task_waiting = false;
    s->task_holding = false;
    return s;
}

static TaskState *st_packet_pending(TaskState *s) {
    s->packet_pending = true; s->task_waiting = false; s->task_holding = false;
    return s;
}

static TaskState *st_waiting(TaskState *s) {
    s->packet_pending = false; s->task_waiting = true; s->task_holding = false;
    return s;
}

static TaskState *st_running(TaskState *s) {
    s->packet_pending = false; s->task_waiting = false; s->task_holding = false;
    return s;
}

static TaskState *st_waiting_with_packet(TaskState *s) {
    s->packet_pending = true; s->task_waiting = true; s->task_holding = false;
    return s;
}

static bool is_holding_or_waiting(const TaskState *s) {
    return s->task_holding || (!s->packet_pending && s->task_waiting);
}

static bool is_waiting_with_packet(const TaskState *s) {
    return s->packet_pending && s->task_waiting && !s->task_holding;
}

/* ---- tasks ---- */

typedef struct Task Task;
typedef Task *(*TaskFn)(Task *self, Packet *pkt);

struct Task {
    TaskState state;        /* Task is a subclass of TaskState */
    Task *link;
    int64_t ident;
    int64_t priority;
    Packet *input;
    TaskFn fn;
};

typedef struct { Task base; DeviceTaskRec *rec; } DeviceTask;
typedef struct { Task base; HandlerTaskRec *rec; } HandlerTask;
typedef struct { Task base; IdleTaskRec *rec; } IdleTask;
typedef struct { Task base; WorkerTaskRec *rec; } WorkTask;

typedef struct {
    Task *task_tab[I_DEVB];
    int ntasks;
    Task *task_list;
    int64_t hold_count;
    int64_t qpkt_count;
} TaskWorkArea;

static TaskWorkArea work_area;

static void wa_reset(TaskWorkArea *wa) {
    wa->ntasks = 0;
    wa->task_list = NULL;
    wa->hold_count = 0;
    wa->qpkt_count = 0;
}

static void wa_add(TaskWorkArea *wa, Task *t) {
    if (wa->ntasks == I_DEVB) {
        fprintf(stderr, "too many tasks\n");
        exit(1);
    }
    wa->task_tab[wa->ntasks++] = t;
    wa->task_list = t;
}

static Task *wa_find(TaskWorkArea *wa, int64_t ident) {
    if (ident < 1 || ident > wa->ntasks) {
        fprintf(stderr, "IndexError: list index out of range\n");
        exit(1);
    }
    return wa->task_tab[ident - 1];
}

static void task_init(Task *self, int64_t ident, int64_t priority, Packet *queue,
                      const TaskState *state, TaskFn fn) {
    self->state.packet_pending = true;
    self->state.task_waiting = false;
    self->state.task_holding = false;
    self->link = work_area.task_list;
    self->ident = ident;
    self->priority = priority;
    self->input = queue;
    self->state.packet_pending = state->packet_pending;
    self->state.task_waiting = state->task_waiting;
    self->state.task_holding = state->task_holding;
    self->fn = fn;
    wa_add(&work_area, self);
}

static Task *add_packet(Task *self, Packet *p, Task *old) {
    if (self->input == NULL) {
        self->input = p;
        self->state.packet_pending = true;
        if (self->priority > old->priority)
            return self;
    } else {
        self->input = append_to(p, self->input);
    }
    return old;
}

static Task *run_task(Task *self) {
    Packet *msg = NULL;
    if (is_waiting_with_packet(&self->state)) {
        msg = self->input;
        self->input = msg->link;
        if (self->input == NULL)
            st_running(&self->state);
        else
            st_packet_pending(&self->state);
    }
    return self->fn(self, msg);
}

static Task *wait_task(Task *self) {
    self->state.task_waiting = true;
    return self;
}

static Task *hold(Task *self) {
    work_area.hold_count += 1;
    self->state.task_holding = true;
    return self->link;
}

static Task *release(Task *self, int64_t ident) {
    Task *t = wa_find(&work_area, ident);
    t->state.task_holding = false;
    if (t->priority > self->priority)
        return t;
    return self;
}

static Task *qpkt(Task *self, Packet *pkt) {
    Task *t = wa_find(&work_area, pkt->ident);
    work_area.qpkt_count += 1;
    pkt->link = NULL;
    pkt->ident = self->ident;
    return add_packet(t, pkt, self);
}

static Task *device_fn(Task *self, Packet *pkt) {
    DeviceTaskRec *d = ((DeviceTask *)self)->rec;
    d->base.runs += 1;
    if (pkt == NULL) {
        Packet *p = d->pending;
        if (p == NULL)
            return wait_task(self);
        d->pending = NULL;
        return qpkt(self, p);
    }
    d->pending = pkt;
    return hold(self);
}

static Task *handler_fn(Task *self, Packet *pkt) {
    HandlerTaskRec *h = ((HandlerTask *)self)->rec;
    h->base.runs += 1;
    if (pkt != NULL) {
        if (pkt->kind == K_WORK)
            work_in_add(h, pkt);
        else
            device_in_add(h, pkt);
    }
    Packet *work = h->work_in;
    if (work == NULL)
        return wait_task(self);
    int64_t count = work->datum;
    if (count >= BUFSIZE) {
        h->work_in = work->link;
        return qpkt(self, work);
    }
    Packet *dev = h->device_in;
    if (dev == NULL)
        return wait_task(self);
    h->device_in = dev->link;
    dev->datum = work->data[count];
    work->datum = count + 1;
    return qpkt(self, dev);
}

static Task *idle_fn(Task *self, Packet *pkt) {
    (void)pkt;
    IdleTaskRec *r = ((IdleTask *)self)->rec;
    r->base.runs += 1;
    r->count -= 1;
    if (r->count == 0)
        return hold(self);
    if ((r->control & 1) == 0) {
        r->control = r->control / 2;
        return release(self, I_DEVA);
    }
    r->control = (r->control / 2) ^ 0xD008;
    return release(self, I_DEVB);
}

static Task *work_fn(Task *self, Packet *pkt) {
    WorkerTaskRec *w = ((WorkTask *)self)->rec;
    w->base.runs += 1;
    if (pkt == NULL)
        return wait_task(self);
    int64_t dest;
    if (w->destination == I_HANDLERA)
        dest = I_HANDLERB;
    else
        dest = I_HANDLERA;
    w->destination = dest;
    pkt->ident = dest;
    pkt->datum = 0;
    for (int i = 0; i < BUFSIZE; i++) {
        w->count += 1;
        if (w->count > 26)
            w->count = 1;
        pkt->data[i] = 65 + w->count - 1;
    }
    return qpkt(self, pkt);
}

static void new_device_task(int64_t ident, int64_t priority, Packet *queue,
                            const TaskState *state, DeviceTaskRec *rec) {
    DeviceTask *t = alloc(sizeof *t);
    task_init(&t->base, ident, priority, queue, state, device_fn);
    t->rec = rec;
}

static void new_handler_task(int64_t ident, int64_t priority, Packet *queue,
                             const TaskState *state, HandlerTaskRec *rec) {
    HandlerTask *t = alloc(sizeof *t);
    task_init(&t->base, ident, priority, queue, state, handler_fn);
    t->rec = rec;
}

static void new_idle_task(int64_t ident, int64_t priority, Packet *queue,
                          const TaskState *state, IdleTaskRec *rec) {
    IdleTask *t = alloc(sizeof *t);
    task_init(&t->base, ident, priority, queue, state, idle_fn);
    t->rec = rec;
}

static void new_work_task(int64_t ident, int64_t priority, Packet *queue,
                          const TaskState *state, WorkerTaskRec *rec) {
    WorkTask *t = alloc(sizeof *t);
    task_init(&t->base, ident, priority, queue, state, work_fn);
    t->rec = rec;
}

static void schedule(void) {
    Task *t = work_area.task_list;
    while (t != NULL) {
        if (is_holding_or_waiting(&t->state))
            t = t->link;
        else
            t = run_task(t);
    }
}

static int64_t run_once(void) {
    wa_reset(&work_area);

    IdleTaskRec *idle_rec = new_idle_rec();
    new_idle_task(I_IDLE, 1, NULL, st_running(new_state()), idle_rec);

    Packet *wkq = new_packet(NULL, 0, K_WORK);
    wkq = new_packet(wkq, 0, K_WORK);
    WorkerTaskRec *work_rec = new_worker_rec();
    new_work_task(I_WORK, 1000, wkq, st_waiting_with_packet(new_state()), work_rec);

    wkq = new_packet(NULL, I_DEVA, K_DEV);
    wkq = new_packet(wkq, I_DEVA, K_DEV);
    wkq = new_packet(wkq, I_DEVA, K_DEV);
    HandlerTaskRec *handler_a_rec = new_handler_rec();
    new_handler_task(I_HANDLERA, 2000, wkq, st_waiting_with_packet(new_state()), handler_a_rec);

    wkq = new_packet(NULL, I_DEVB, K_DEV);
    wkq = new_packet(wkq, I_DEVB, K_DEV);
    wkq = new_packet(wkq, I_DEVB, K_DEV);
    HandlerTaskRec *handler_b_rec = new_handler_rec();
    new_handler_task(I_HANDLERB, 3000, wkq, st_waiting_with_packet(new_state()), handler_b_rec);

    DeviceTaskRec *dev_a_rec = new_device_rec();
    new_device_task(I_DEVA, 4000, NULL, st_waiting(new_state()), dev_a_rec);
    DeviceTaskRec *dev_b_rec = new_device_rec();
    new_device_task(I_DEVB, 5000, NULL, st_waiting(new_state()), dev_b_rec);

    schedule();

    int64_t h = idle_rec->base.runs;
    h = (h * 100003 + work_rec->base.runs) % 1000000007;
    h = (h * 100003 + handler_a_rec->base.runs) % 1000000007;
    h = (h * 100003 + handler_b_rec->base.runs) % 1000000007;
    h = (h * 100003 + dev_a_rec->base.runs) % 1000000007;
    h = (h * 100003 + dev_b_rec->base.runs) % 1000000007;
    return h;
}

int main(void) {
    int64_t total_qpkt = 0;
    int64_t total_hold = 0;
    int64_t check = 0;
    int64_t bad = 0;
    for (int64_t it = 0; it < ITERATIONS; it++) {
        int64_t h = run_once();
        if (work_area.qpkt_count != EXPECTED_QPKT || work_area.hold_count != EXPECTED_HOLD)
            bad += 1;
        total_qpkt += work_area.qpkt_count;
        total_hold += work_area.hold_count;
        check = (check * 31 + h + it) % 1000000007;
        free_all();
    }
    printf("richards: %lld iterations, %lld bad\n", (long long)ITERATIONS, (long long)bad);
    printf("last run: qpkt_count %lld, hold_count %lld\n",
           (long long)work_area.qpkt_count, (long long)work_area.hold_count);
    printf("total: qpkt_count %lld, hold_count %lld, check %lld\n",
           (long long)total_qpkt, (long long)total_hold, (long long)check);
    return 0;
}
