def a(p): return p + 1
def b(p): return p * 2
def main():
    groups = [[]]
    groups[0].append(a)
    groups[0].append(b)
    print([f(3) for f in groups[0]])
main()
