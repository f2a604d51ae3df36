# float() of an int above the largest double.
x = 10 ** 300
while x < 10 ** 320:
    print(len(str(x)), float(x))
    x = x * 10 ** 4
print("not reached")
