# Two copies of a finally body (return path and normal path) each raise with their own values.
def work(a):
    fl = 2.0
    try:
        try:
            if a == 1:
                return a
            a = a + 1
        finally:
            fl = fl / (a % 4)
    finally:
        print(a, fl)
    return 0
print(work(0))
print(work(1))
print(work(3))
