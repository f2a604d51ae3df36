# an exception caught in a method and kept in an Optional field
class Job:
    def __init__(self, n):
        self.n = n
        self.err = None
        self.result = 0
    def run(self):
        try:
            self.result = 100 // self.n
        except ZeroDivisionError as e:
            self.err = e
jobs = [Job(5), Job(0), Job(3)]
for j in jobs:
    j.run()
for j in jobs:
    print(j.n, j.result, j.err, repr(j.err))
