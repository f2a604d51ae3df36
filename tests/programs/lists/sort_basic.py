# sort and sorted with key= and reverse=.
def neg(x):
    return -x


def last_char(s):
    return s[-1]


def str_len(s):
    return len(s)


a = [5, 2, 9, 1, 5, 6, -3, 0]
b = sorted(a)
print(a, b)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.sort(key=neg)
print(a)
a.sort(key=neg, reverse=True)
print(a)
w = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(w))
print(sorted(w, key=str_len))
print(sorted(w, key=str_len, reverse=True))
print(sorted(w, key=last_char))
w.sort(key=str_len)
print(w)
f = [3.5, -1.25, 2.0, 0.0, -0.5]
f.sort()
print(f)
print(sorted(f, reverse=True))
bs = [True, False, True, False]
bs.sort()
print(bs)
