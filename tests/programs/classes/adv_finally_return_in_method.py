# return inside finally in a method overrides an exception; finally updates fields on every path
class T:
    def __init__(self):
        self.runs = 0
    def risky(self, n):
        try:
            self.runs += 1
            return 10 // n
        finally:
            self.runs += 100
    def swallow(self, n):
        try:
            return self.risky(n)
        finally:
            return -1
t = T()
print(t.risky(2), t.runs)
print(t.swallow(0), t.runs)
for n in [5, 0, 2]:
    try:
        print(t.risky(n))
    except ZeroDivisionError as e:
        print("zde", e)
    finally:
        print("runs", t.runs)
