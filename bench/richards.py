# Benchmark: Richards, Martin Richards' simulation of an operating-system
# task scheduler (classes, single inheritance, polymorphic method calls,
# linked lists of objects, optional attributes).
#
# Six tasks -- an idle task, a worker, two handlers and two devices -- pass
# packets to one another.  The scheduler walks a linked list of tasks
# ordered by priority and runs the first one that is neither holding nor
# waiting; each task kind overrides `fn(self, pkt)` (a polymorphic call
# through a `Task` value) and answers the next task to run.  The idle task
# stops the simulation after 10,000 of its own runs by holding itself.  Each
# task keeps its private state in a record object of its own kind (the
# record classes share the `TaskRec` base).
#
# One scheduler run queues 23,246 packets and performs 9,297 holds; the
# program builds a fresh set of tasks and packets and runs the scheduler
# ITERATIONS times, checks every run's counts and prints the totals.

ITERATIONS = 900

I_IDLE = 1
I_WORK = 2
I_HANDLERA = 3
I_HANDLERB = 4
I_DEVA = 5
I_DEVB = 6

K_DEV = 1000
K_WORK = 1001

BUFSIZE = 4
IDLE_COUNT = 10000

EXPECTED_QPKT = 23246
EXPECTED_HOLD = 9297


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        # Put this packet at the end of `queue`; answer the queue's head.
        self.link = None
        if queue is None:
            return self
        p = queue
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return queue


# Task records: the private state of each kind of task.

class TaskRec:
    def __init__(self):
        self.runs = 0


class DeviceTaskRec(TaskRec):
    def __init__(self):
        TaskRec.__init__(self)
        self.pending = None


class IdleTaskRec(TaskRec):
    def __init__(self):
        TaskRec.__init__(self)
        self.control = 1
        self.count = IDLE_COUNT


class HandlerTaskRec(TaskRec):
    def __init__(self):
        TaskRec.__init__(self)
        self.work_in = None
        self.device_in = None

    def work_in_add(self, p):
        self.work_in = p.append_to(self.work_in)
        return self.work_in

    def device_in_add(self, p):
        self.device_in = p.append_to(self.device_in)
        return self.device_in


class WorkerTaskRec(TaskRec):
    def __init__(self):
        TaskRec.__init__(self)
        self.destination = I_HANDLERA
        self.count = 0


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def packet_pending_state(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_holding_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class TaskWorkArea:
    def __init__(self):
        self.task_tab = []
        self.task_list = None
        self.hold_count = 0
        self.qpkt_count = 0

    def reset(self):
        self.task_tab = []
        self.task_list = None
        self.hold_count = 0
        self.qpkt_count = 0

    def add(self, t):
        # Tasks are created in the order of their ids (1, 2, ...), so task
        # number i is task_tab[i - 1].
        self.task_tab.append(t)
        self.task_list = t

    def find(self, ident):
        return self.task_tab[ident - 1]


work_area = TaskWorkArea()


class Task(TaskState):
    def __init__(self, ident, priority, queue, state):
        TaskState.__init__(self)
        self.link = work_area.task_list
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = state.packet_pending
        self.task_waiting = state.task_waiting
        self.task_holding = state.task_holding
        work_area.add(self)

    def fn(self, pkt):
        raise NotImplementedError("Task.fn")

    def add_packet(self, p, old):
        if self.input is None:
            self.input = p
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            self.input = p.append_to(self.input)
        return old

    def run_task(self):
        msg = None
        if self.is_waiting_with_packet():
            msg = self.input
            self.input = msg.link
            if self.input is None:
                self.running()
            else:
                self.packet_pending_state()
        return self.fn(msg)

    def wait_task(self):
        self.task_waiting = True
        return self

    def hold(self):
        work_area.hold_count += 1
        self.task_holding = True
        return self.link

    def release(self, ident):
        t = work_area.find(ident)
        t.task_holding = False
        if t.priority > self.priority:
            return t
        return self

    def qpkt(self, pkt):
        t = work_area.find(pkt.ident)
        work_area.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)


class DeviceTask(Task):
    def __init__(self, ident, priority, queue, state, rec):
        Task.__init__(self, ident, priority, queue, state)
        self.rec = rec

    def fn(self, pkt):
        d = self.rec
        d.runs += 1
        if pkt is None:
            p = d.pending
            if p is None:
                return self.wait_task()
            d.pending = None
            return self.qpkt(p)
        d.pending = pkt
        return self.hold()


class HandlerTask(Task):
    def __init__(self, ident, priority, queue, state, rec):
        Task.__init__(self, ident, priority, queue, state)
        self.rec = rec

    def fn(self, pkt):
        h = self.rec
        h.runs += 1
        if pkt is not None:
            if pkt.kind == K_WORK:
                h.work_in_add(pkt)
            else:
                h.device_in_add(pkt)
        work = h.work_in
        if work is None:
            return self.wait_task()
        count = work.datum
        if count >= BUFSIZE:
            h.work_in = work.link
            return self.qpkt(work)
        dev = h.device_in
        if dev is None:
            return self.wait_task()
        h.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)


class IdleTask(Task):
    def __init__(self, ident, priority, queue, state, rec):
        Task.__init__(self, ident, priority, queue, state)
        self.rec = rec

    def fn(self, pkt):
        r = self.rec
        r.runs += 1
        r.count -= 1
        if r.count == 0:
            return self.hold()
        if r.control & 1 == 0:
            r.control = r.control // 2
            return self.release(I_DEVA)
        r.control = (r.control // 2) ^ 0xD008
        return self.release(I_DEVB)


class WorkTask(Task):
    def __init__(self, ident, priority, queue, state, rec):
        Task.__init__(self, ident, priority, queue, state)
        self.rec = rec

    def fn(self, pkt):
        w = self.rec
        w.runs += 1
        if pkt is None:
            return self.wait_task()
        if w.destination == I_HANDLERA:
            dest = I_HANDLERB
        else:
            dest = I_HANDLERA
        w.destination = dest
        pkt.ident = dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            w.count += 1
            if w.count > 26:
                w.count = 1
            pkt.data[i] = 65 + w.count - 1
        return self.qpkt(pkt)


def schedule():
    t = work_area.task_list
    while t is not None:
        if t.is_holding_or_waiting():
            t = t.link
        else:
            t = t.run_task()


def run_once():
    # Build the six tasks (in id order) and their packet queues, then run
    # the scheduler until every task holds or waits.  Answers a hash of the
    # number of times each task ran.
    work_area.reset()

    idle_rec = IdleTaskRec()
    IdleTask(I_IDLE, 1, None, TaskState().running(), idle_rec)

    wkq = Packet(None, 0, K_WORK)
    wkq = Packet(wkq, 0, K_WORK)
    work_rec = WorkerTaskRec()
    WorkTask(I_WORK, 1000, wkq, TaskState().waiting_with_packet(), work_rec)

    wkq = Packet(None, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    handler_a_rec = HandlerTaskRec()
    HandlerTask(I_HANDLERA, 2000, wkq, TaskState().waiting_with_packet(), handler_a_rec)

    wkq = Packet(None, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    handler_b_rec = HandlerTaskRec()
    HandlerTask(I_HANDLERB, 3000, wkq, TaskState().waiting_with_packet(), handler_b_rec)

    dev_a_rec = DeviceTaskRec()
    DeviceTask(I_DEVA, 4000, None, TaskState().waiting(), dev_a_rec)
    dev_b_rec = DeviceTaskRec()
    DeviceTask(I_DEVB, 5000, None, TaskState().waiting(), dev_b_rec)

    schedule()

    h = idle_rec.runs
    h = (h * 100003 + work_rec.runs) % 1000000007
    h = (h * 100003 + handler_a_rec.runs) % 1000000007
    h = (h * 100003 + handler_b_rec.runs) % 1000000007
    h = (h * 100003 + dev_a_rec.runs) % 1000000007
    h = (h * 100003 + dev_b_rec.runs) % 1000000007
    return h


def main():
    total_qpkt = 0
    total_hold = 0
    check = 0
    bad = 0
    for it in range(ITERATIONS):
        h = run_once()
        if work_area.qpkt_count != EXPECTED_QPKT or work_area.hold_count != EXPECTED_HOLD:
            bad += 1
        total_qpkt += work_area.qpkt_count
        total_hold += work_area.hold_count
        check = (check * 31 + h + it) % 1000000007
    print("richards: %d iterations, %d bad" % (ITERATIONS, bad))
    print("last run: qpkt_count %d, hold_count %d" % (work_area.qpkt_count, work_area.hold_count))
    print("total: qpkt_count %d, hold_count %d, check %d" % (total_qpkt, total_hold, check))


main()
