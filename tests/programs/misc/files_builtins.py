with open("data.txt", "w") as f:
    f.write("banana\napple\n\ncherry pie\nzebra\napple\n")
print(list(open("data.txt")))
print(sorted(open("data.txt")))
print(set(open("data.txt")) == set(["banana\n", "apple\n", "\n", "cherry pie\n", "zebra\n"]))
print(max(open("data.txt")), min(open("data.txt"), key=len))
print(max(open("data.txt"), key=len))
print(sum(len(l) for l in open("data.txt")))
print(any(open("data.txt")), all(open("data.txt")))
print(list(enumerate(open("data.txt"), 1)))
print(list(zip(open("data.txt"), range(3))))
print(dict(enumerate(open("data.txt"))))
f = open("data.txt")
first = f.readline()
print(repr(first), list(f), list(f))
f.close()
with open("data.txt") as g:
    print(sorted(g, key=lambda s: (len(s), s)))
    print(list(g))
with open("data.txt") as g:
    for i, line in enumerate(g):
        if i == 2:
            break
    print(list(g))
with open("empty.txt", "w") as e:
    pass
print(list(open("empty.txt")))
print(sorted(open("empty.txt")), any(open("empty.txt")), all(open("empty.txt")))
min(open("empty.txt"))
