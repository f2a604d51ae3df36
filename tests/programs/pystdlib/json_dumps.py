import json

scores = {"ann": 91, "bob": 78, "cy": 85}
print(json.dumps(scores))
print(json.dumps(scores, indent=2))
print(json.dumps(scores, sort_keys=True, indent=4))
nested = {"x": [[1, 2], [3]], "y": [], "z": [[]]}
print(json.dumps(nested))
print(json.dumps(nested, indent=2))
records = [{"name": "ann", "city": "Oslo"}, {"name": "bob", "city": "Zürich"}]
print(json.dumps(records))
print(json.dumps(records, ensure_ascii=False, indent=1))
print(json.dumps(["é", "😀 \"q\" \\ \n\t\u0001"]))
print(json.dumps("é😀", ensure_ascii=False))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
print(json.dumps({1.5: True, 2.0: False}), json.dumps({True: 1, False: 0}))
print(json.dumps((1, "two", 3.0)))
print(json.dumps([True, False]), json.dumps([None, None]))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
print(json.dumps([float("inf"), float("-inf"), float("nan"), 1e20, 1e-7, 2.0]))
print(json.dumps([10**30, -5]))
print(json.dumps({"a": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": [1, 2]}, indent=0))
print(json.dumps(12), json.dumps("x"), json.dumps(None), json.dumps(2.0), json.dumps(True))
with open("out.json", "w") as f:
    json.dump({"k": [1, 2, 3]}, f, indent=1)
print(open("out.json").read())
try:
    json.dumps([{1, 2}])
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)


class Point:
    def __init__(self, x):
        self.x = x


try:
    json.dumps([Point(1)])
except TypeError as e:
    print("TypeError", e)
print(json.dumps([Point(1)][:0]))
