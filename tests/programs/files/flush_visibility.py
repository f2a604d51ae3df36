# Text written to a file is visible to another reader of the same path only after
# flush(), print(flush=True), close() or the end of the `with`.
with open("w.txt", "w") as f:
    f.write("abc\n")
    print(repr(open("w.txt").read()))
    f.flush()
    print(repr(open("w.txt").read()))
    print("def", file=f, flush=True)
    print(repr(open("w.txt").read()))
    print("ghi", file=f)
    print(repr(open("w.txt").read()))
print(repr(open("w.txt").read()))

with open("w.txt", "a") as g:
    g.write("x" * 10000)
    print(len(open("w.txt").read()))
print(len(open("w.txt").read()))

log = open("log.txt", "w")
for i in range(5):
    log.write(f"entry {i}\n")
    if i % 2 == 1:
        log.flush()
        print(i, open("log.txt").read().count("\n"))
log.close()
print("closed", log.closed, open("log.txt").read().count("\n"))

open("once.txt", "w").write("written and closed at once\n")
print(repr(open("once.txt").read()))
open("once.txt", "a").writelines(["more\n", "lines\n"])
print(open("once.txt").readlines())
print(repr(open("once.txt").readline()))
print(len(open("once.txt").read(4)))
