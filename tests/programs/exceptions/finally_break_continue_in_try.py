# break and continue inside a try body run the finally clause before leaving the iteration or the loop.
def loop():
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            print("body", i)
        finally:
            print("finally", i)
    print("loop done")


loop()
n = 0
while True:
    n += 1
    try:
        if n % 2 == 0:
            continue
        if n > 5:
            break
        print("odd", n)
    finally:
        print("while finally", n)
print("n =", n)
