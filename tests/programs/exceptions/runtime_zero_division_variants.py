# The other ZeroDivisionError messages: int %, float /, float //, float %, int / float zero.
def show(k, a, b, x, y):
    try:
        if k == 0:
            print(a % b)
        if k == 1:
            print(x / y)
        if k == 2:
            print(x // y)
        if k == 3:
            print(x % y)
        if k == 4:
            print(a / y)
        if k == 5:
            print(x / b)
    except ZeroDivisionError as e:
        print(k, "ZeroDivisionError:", e)


for k in range(6):
    show(k, 7, 0, 2.5, 0.0)
    show(k, 7, 2, 2.5, 0.5)
