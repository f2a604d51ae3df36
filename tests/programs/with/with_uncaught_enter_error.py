# __enter__ raises: the body and __exit__ never run and the exception propagates uncaught
class Gate:
    def __init__(self, limit):
        self.limit = limit
        self.users = 0

    def __enter__(self):
        if self.users >= self.limit:
            raise RuntimeError("gate full: " + str(self.users))
        self.users += 1
        print("entered, users =", self.users)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit called")
        return False


g = Gate(2)
with g:
    with g:
        print("two inside")
        with g:
            print("three inside?")
print("unreachable")
