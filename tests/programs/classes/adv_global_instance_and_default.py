# a global instance rebound through `global`, and an instance as a default argument
class P:
    def __init__(self, x):
        self.x = x
current = P(0)
def bump():
    global current
    current = P(current.x + 1)
for _ in range(5):
    bump()
print(current.x)
def use(p=P(42)):
    return p.x
print(use(), use(current))
