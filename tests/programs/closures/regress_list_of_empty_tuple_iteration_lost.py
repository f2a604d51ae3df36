l = list(())
l.append(5)
for v in l:
    print(v + 1)
