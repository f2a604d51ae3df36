# Append, exclusive creation, read+write and print(file=...).

with open("log.txt", "w") as log:
    print("start", file=log)
    print("values:", 1, 2.5, [3, 4], sep=" | ", end=";\n", file=log)
    print(file=log)
    log.writelines(["a\n", "b\n"])

with open("log.txt", "a") as log:
    print("appended", True, None, file=log, flush=True)
    log.write("last\n")

print(open("log.txt").read(), end="")

with open("fresh.txt", "x") as f:
    f.write("made once\n")
try:
    open("fresh.txt", "x")
except FileExistsError as e:
    print("FileExistsError:", e)

with open("fresh.txt", "r+") as f:
    print(repr(f.readline()))
    f.write("added after reading\n")
print(open("fresh.txt").readlines())

with open("fresh.txt", "w+") as f:
    f.write("overwritten\n")
print(repr(open("fresh.txt").read()))

with open("fresh.txt", "a+") as f:
    f.write("more\n")
print(repr(open("fresh.txt").read()))

# Text that is never closed still reaches the file by the end.
keep = open("kept.txt", "w")
keep.write("buffered\n")
keep.flush()
print(repr(open("kept.txt").read()))
