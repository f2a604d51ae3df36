# A loop inside a try: the first error ends the whole loop; the loop variable and accumulators keep their last values.
def consume(items):
    i = -1
    acc = 0
    try:
        for i in range(len(items)):
            acc += 60 // items[i]
    except ZeroDivisionError:
        print("stopped at index", i, "acc", acc)
    return acc


print(consume([1, 2, 3]))
print(consume([2, 3, 0, 4]))
k = 0
try:
    while k < 100:
        k += 1
        if k * k > 50:
            raise OverflowError("k too big: " + str(k))
except ArithmeticError as e:
    print(e)
print("k", k)
