# A tiny command interpreter over stdin: add/done/list/del/undo, errors to stderr
import sys
from dataclasses import dataclass


@dataclass
class Task:
    id: int
    title: str
    done: bool = False


tasks: dict[int, Task] = {}
history: list[tuple[str, int]] = []
next_id = 1
errors = 0

while True:
    line = sys.stdin.readline()
    if line == "":
        break
    cmd, _, rest = line.strip().partition(" ")
    if cmd == "add":
        tasks[next_id] = Task(next_id, rest)
        history.append(("add", next_id))
        print(f"added #{next_id}: {rest}")
        next_id += 1
    elif cmd in ("done", "del"):
        try:
            tid = int(rest)
            t = tasks[tid]
        except ValueError:
            print(f"error: not a number: {rest!r}", file=sys.stderr)
            errors += 1
            continue
        except KeyError as e:
            print(f"error: no task {e}", file=sys.stderr)
            errors += 1
            continue
        if cmd == "done":
            t.done = True
            history.append(("done", tid))
        else:
            del tasks[tid]
            print(f"deleted {t}")
    elif cmd == "undo":
        if not history:
            print("nothing to undo")
            continue
        what, tid = history.pop()
        if what == "add" and tid in tasks:
            del tasks[tid]
        elif what == "done" and tid in tasks:
            tasks[tid].done = False
        print(f"undid {what} #{tid}")
    elif cmd == "list":
        for t in tasks.values():
            mark = "x" if t.done else " "
            print(f"  [{mark}] {t.id:>2} {t.title}")
    elif cmd == "":
        continue
    else:
        print(f"error: unknown command {cmd}", file=sys.stderr)
        errors += 1
print(f"{len(tasks)} tasks, {sum(1 for t in tasks.values() if t.done)} done, {errors} errors")
sys.exit(min(errors, 3))
