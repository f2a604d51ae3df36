# print of dicts: insertion order, repr of keys and values, nested tuples and lists.
d = {"a": (1, 2), "b": (3, 4), "c": (5, 6)}
print(d)
print({1: "one", 2: "two", -3: "it's"})
print({"k": [1, 2], "e": []}, {"x": {"y": 1}}, {"nested": {"deep": {"deeper": 1}}})
print({(1, 2): "pair", (3, 4): "other"})
print({"single": (1,)}, {"empty": ()})
e = {"z": 1.5, "y": -0.0}
e["a"] = 1e16
e["z"] = 2.0
print(e, len(e))
print({True: None, False: None})
print(str({"q": "\"quoted\""}), repr({"n": "\n"}))
