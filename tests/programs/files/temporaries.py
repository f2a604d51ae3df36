# Methods called on what `open` gives close the file, as CPython's reference counting does.

open("t1.txt", "w").write("hello\n")
print(repr(open("t1.txt").read()))
open("t1.txt", "a").writelines(["x\n", "y\n"])
print(open("t1.txt").readlines())
print(repr(open("t1.txt").readline()))

# Many files opened and read in a loop: each is closed at once.
for i in range(50):
    open(f"many_{i}.txt", "w").write(str(i) * (i + 1))
lengths = [len(open(f"many_{i}.txt").read()) for i in range(50)]
print(sum(lengths), lengths[:5], lengths[-1])
total = 0
for round in range(3000):
    total += len(open("t1.txt").read())
print(total)
