# A generator expression consumed by sum() runs in a <genexpr> frame called from the sum line.
def total(words):
    return sum(int(w) for w in words)


print(total(["1", "2"]))
print(total(["3", "four"]))
