# break/continue in finally discarding a pending return, in nested loops, while loops and nested finally clauses
def a():
    for i in range(3):
        try:
            try:
                return i
            finally:
                print("inner", i)
        finally:
            if i < 2:
                continue
    return -1
print(a())
def b(x):
    for i in range(3):
        try:
            if x:
                raise ValueError(i)
            return i
        except ValueError:
            return -i
        finally:
            if i == 1:
                break
            continue
    return 99
print(b(0), b(1))
def c():
    n = 0
    while n < 4:
        n += 1
        try:
            try:
                return n
            finally:
                if n % 2:
                    continue
        finally:
            print("outer", n)
    return -1
print(c())
def d():
    for i in range(3):
        for j in range(3):
            try:
                return (i, j)
            finally:
                if j < 2:
                    continue
                break
    return None
print(d())
def e():
    for s in ["a", "b"]:
        try:
            return s.upper()
        finally:
            if s == "a":
                continue
    return "z"
print(e())
