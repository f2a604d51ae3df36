def trace(x):
    print("eval", x)
    return x


print(trace(1) < trace(2) < trace(0) < trace(5))
print(1 < 2.5 <= 2.5 != 3, "a" < "b", 0 or 7, 3 and 0, not "")
