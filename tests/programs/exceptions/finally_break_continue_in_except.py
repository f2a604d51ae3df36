# break and continue inside an except clause also run the finally clause first.
vals = ["3", "x", "5", "stop", "7"]
total = 0
for s in vals:
    try:
        total += int(s)
    except ValueError:
        if s == "stop":
            print("break at", s)
            break
        print("skip", s)
        continue
    finally:
        print("finally for", s, "total", total)
    print("added", s)
print("total", total)
