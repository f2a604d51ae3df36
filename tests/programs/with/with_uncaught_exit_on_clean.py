# __exit__ raises on a clean exit at module level: the traceback points at the with statement
class Flush:
    def __init__(self, capacity):
        self.capacity = capacity
        self.buf = []

    def __enter__(self):
        return self.buf

    def __exit__(self, exc_type, exc, tb):
        print("flushing", self.buf)
        if len(self.buf) > self.capacity:
            raise OverflowError("buffer holds " + str(len(self.buf)) + " > " + str(self.capacity))
        self.buf.clear()
        return False


f = Flush(3)
with f as b:
    b.append(1)
    b.append(2)
with f as b:
    for i in range(5):
        b.append(i * 10)
print("unreachable")
