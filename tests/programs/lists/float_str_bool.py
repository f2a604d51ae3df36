# Lists of floats, strings and bools.
fs = [0.1, 0.2, 0.30000000000000004, 1e20, 1e-7, -0.0, 2.5]
print(fs)
print(sum(fs), max(fs[0], fs[3]), min(fs[4], fs[5]))
fs.append(float("inf"))
print(fs[-1], len(fs))
ss = ["it's", 'say "hi"', "tab\there", "new\nline", "back\\slash", "é"]
print(ss)
print(ss[0], len(ss[5]))
print(str(ss), repr(ss[1]))
bs = [True, False, True]
print(bs, sum(bs), any(bs), all(bs))
bs[1] = not bs[1]
print(bs, all(bs))
print([1 == 1, 2 < 1], [None, None])
