# Many short-lived strings while others are kept alive in a list and a dict.
keep = ["start"]
d = {"k": "v"}
for i in range(60000):
    s = str(i) + "-" + "x" * (i % 7) + "é" * (i % 3)
    t = s.upper().replace("X", "y").center(20, "*")
    if i % 1000 == 0:
        keep.append(t)
        d[s] = t[::-1]
    if i % 15000 == 0:
        print(t, len(keep), len(d))
total = 0
for k in keep:
    total += len(k)
print(total, keep[-1], len(d))
words = " ".join(keep).split()
print(len(words), words[:3], words[-1])
print(sorted(d)[:3], d["59000-xxxxéé"])
