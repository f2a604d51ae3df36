# Lots of buffered output must all be written before the error ends the program.
total = 0
for i in range(20000):
    total = total + i
    print(i, total)
print("about to fail", end="")
print(total // (total - total))
