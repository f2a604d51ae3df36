# The empty lists of one dict display share one item type: adding an int to one and a float to
# the other is a mismatch (reported once, without looping).
m = {"a": [], "b": []}
m["a"].append(1)
m["b"].append(2.5)  # error: [type-mismatch]
print(m)
