# A todo list driven by commands on stdin, saved to a file after each change and
# re-read at the end.
import sys

PATH = "todo.txt"

def load():
    items = []
    try:
        with open(PATH) as f:
            for line in f:
                done, text = line.rstrip("\n").split("\t", 1)
                items.append((done == "x", text))
    except FileNotFoundError:
        pass
    return items

def save(items):
    with open(PATH, "w") as f:
        for done, text in items:
            f.write(("x" if done else "-") + "\t" + text + "\n")

items = load()
print("start with", len(items))
lineno = 0
for raw in sys.stdin:
    lineno += 1
    cmd, _, arg = raw.strip().partition(" ")
    if cmd == "add":
        items.append((False, arg))
        save(items)
    elif cmd == "done":
        try:
            k = int(arg) - 1
            items[k] = (True, items[k][1])
            save(items)
        except (ValueError, IndexError) as e:
            print(f"line {lineno}: cannot mark {arg!r}: {type(e).__name__}: {e}")
    elif cmd == "list":
        for i, (done, text) in enumerate(items, 1):
            print(f"{i:>2}. [{'x' if done else ' '}] {text}")
    elif cmd == "quit":
        break
    elif cmd:
        print(f"line {lineno}: unknown command {cmd!r}")
leftover = sys.stdin.read().splitlines()
print("ignored after quit:", leftover)
again = load()
print(len(again), "saved;", sum(1 for d, _ in again if d), "done")
print(repr(open(PATH).read()))
