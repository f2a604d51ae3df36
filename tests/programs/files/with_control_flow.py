ref = None
try:
    with open("out.txt", "w") as f, open("missing/in.txt") as g:
        print("never")
except FileNotFoundError as e:
    print("caught:", e)
print(f.closed)
print(repr(open("out.txt").read()))
def process():
    with open("out.txt", "w") as out:
        out.write("partial\n")
        for i in range(3):
            if i == 2:
                return i
            out.write(f"{i}\n")
    return -1
print(process(), repr(open("out.txt").read()))
def loop_break():
    for name in ["a.txt", "b.txt", "c.txt"]:
        with open(name, "w") as h:
            h.write(name)
            if name == "b.txt":
                break
            continue
    return [open(n).read() if n != "c.txt" else "-" for n in ["a.txt", "b.txt", "c.txt"]]
print(loop_break())
try:
    open("c.txt")
except OSError as e:
    print(type(e).__name__)
