# print/str of Optional instances with __str__
class P:
    def __init__(self, x):
        self.x = x
    def __str__(self):
        return "S" + str(self.x)
def pick(n):
    if n > 0:
        return P(n)
    return None
print(pick(0), pick(2), [str(pick(1))])
