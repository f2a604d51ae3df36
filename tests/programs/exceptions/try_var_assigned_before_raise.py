# Variables assigned in the try body before the raise keep their values in the handler and after the try.
def work(items):
    total = 0
    count = 0
    last = "none"
    try:
        for s in items:
            last = s
            total += int(s)
            count += 1
    except ValueError as e:
        print("bad item", repr(last), "after", count, "good; total", total)
        print("message:", e)
    print("after try:", count, total, last)
    return total


print(work(["1", "2", "3"]))
print(work(["4", "5", "x", "6"]))
print(work(["oops"]))

step = 0
x = -1
try:
    step = 1
    step = 2
    x = [10, 20][step]
    step = 3
except IndexError:
    print("handler sees step", step, "x", x)
print("module step", step, "x", x)
