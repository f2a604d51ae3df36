def shortest(words):
    best = None
    for w in words:
        if best is None or len(w) < len(best):
            best = w
    return best


def largest(xs):
    top = None
    for x in xs:
        if top is None or x > top:
            top = x
    return top


print(shortest(["pear", "fig", "banana"]))
print(shortest([]))
print(largest([3.5, -1.0, 7.25]))
print(largest([]))
def main():
    s = shortest(["abc", "de"])
    if s:
        print(s.upper(), len(s))
    t = largest([0, -5])
    if t:
        print("truthy", t)
    else:
        print("falsy", t)


main()
