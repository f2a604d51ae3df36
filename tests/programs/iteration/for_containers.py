# for over list, tuple, str, dict, dict views, set.
for x in [3, 1, 2]:
    print("list", x)
for x in (7, 8):
    print("tuple", x)
for c in "hey":
    print("str", c)
d = {"b": 2, "a": 1, "c": 3}
for k in d:
    print("dict", k, d[k])
for k in d.keys():
    print("keys", k)
for v in d.values():
    print("values", v)
for k, v in d.items():
    print("items", k, v)
for item in d.items():
    print("item", item, item[0])
for x in {30, 10, 20}:
    print("set", x)
empty = [0]
empty.pop()
for x in empty:
    print("never", x)
for c in "":
    print("never")
