# continue and break directly inside except clauses, in for and while loops, without finally.
values = [4, 0, 2, -1, 8, 0]
out = []
for v in values:
    try:
        if v < 0:
            raise ValueError("negative")
        out.append(8 // v)
    except ZeroDivisionError:
        out.append(-1)
        continue
    except ValueError:
        break
    out.append(100)
print(out)
i = 0
found = -1
while i < 10:
    i += 1
    try:
        x = [5, 6, 7][i]
        print("item", x)
    except IndexError:
        found = i
        break
print("index error at", found)
