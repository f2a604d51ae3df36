# KeyError after membership tests on dict views.
ages = dict(ann=31, bo=25, cy=31)
print(31 in ages.values(), 40 in ages.values(), ("bo", 25) in ages.items(), "dee" in ages.keys())
older = dict(ages, dee=52)
print(older, 52 in older.values(), 52 in ages.values())
for name in ["ann", "dee", "cy"]:
    print(name, name in ages.keys(), (name, 31) in ages.items())
by_age = sorted(list(older), key=lambda n: older[n])
print(by_age)
print(sorted(by_age, key=lambda n: ages[n]))
print("unreachable")
