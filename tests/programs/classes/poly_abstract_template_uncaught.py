# a template method calls a hook that one subclass forgot to override: NotImplementedError uncaught
class Job:
    def __init__(self, name):
        self.name = name

    def run(self):
        print("start", self.name)
        n = self.work()
        print("done", self.name, n)
        return n

    def work(self):
        raise NotImplementedError(f"{type(self).__name__}.work")


class Count(Job):
    def work(self):
        return len(self.name)


class Double(Job):
    def work(self):
        return 2 * len(self.name)


class Broken(Job):
    def describe(self):
        return "broken"


jobs = [Count("alpha"), Double("beta"), Broken("gamma"), Count("never")]
total = 0
for j in jobs:
    total += j.run()
    print("total", total)
