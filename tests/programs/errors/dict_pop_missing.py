# dict.pop() of a missing key without a default raises KeyError.
d = {1: "one"}
print(d.pop(2, "none"))
print(d.pop(1))
d.pop(1)
