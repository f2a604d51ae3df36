# list methods on a list of mixed subclass instances: append, insert, pop, remove, reverse, slices
class Job:
    def __init__(self, id):
        self.id = id

    def cost(self):
        return 1

    def __repr__(self):
        return f"{type(self).__name__}#{self.id}"


class Big(Job):
    def cost(self):
        return 10


class Small(Job):
    def cost(self):
        return 0


jobs = []
for i in range(6):
    if i % 3 == 0:
        jobs.append(Big(i))
    elif i % 3 == 1:
        jobs.append(Small(i))
    else:
        jobs.append(Job(i))
print(jobs, sum([j.cost() for j in jobs]))
jobs.insert(1, Small(99))
last = jobs.pop()
print(last, last.cost(), jobs)
first = jobs.pop(0)
print(first, first.cost())
jobs.reverse()
print(jobs)
j3 = jobs[2]
jobs.remove(j3)
print(j3, j3 in jobs, jobs)
print(jobs[1:3], jobs[::-1], len(jobs))
jobs.extend([Small(8), Job(9)])
print([j.cost() for j in jobs], jobs.count(jobs[0]), jobs.index(jobs[2]))
jobs[0] = Job(10)
jobs[1] = Small(11)
print(jobs, jobs[0].cost() + jobs[1].cost())
