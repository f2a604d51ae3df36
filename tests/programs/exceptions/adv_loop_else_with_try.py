# for/else and while/else with break, continue and raise inside try/except/finally
def search(xs, target):
    for x in xs:
        try:
            if 10 // x == target:
                break
        except ZeroDivisionError:
            print("skip zero")
            continue
        finally:
            print("checked", x)
    else:
        print("not found")
        return -1
    return x
print(search([5, 0, 2], 5))
print(search([0, 3], 7))
def loop_else_raise(n):
    i = 0
    while i < n:
        i += 1
    else:
        raise ValueError("loop finished at " + str(i))
try:
    loop_else_raise(3)
except ValueError as e:
    print(e)
def brk():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            if i == 1:
                break
    else:
        return "else"
    return "broke at " + str(i)
print(brk())
