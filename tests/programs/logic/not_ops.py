# not on every type and its interaction with comparisons.
print(not 0, not 1, not -1, not 0.0, not 0.5, not -0.0, not "", not "0", not " ")
print(not True, not False, not not 3, not not "")
print(not 1 == 2, not (1 == 2), (not 1) == False)
print(not 1 < 2 < 3, not 3 < 2)
nan = float("nan")
print(not nan, not float("inf"))
a = 5
b = not a
c = not b
print(b, c)
flag = False
for i in range(4):
    flag = not flag
    print(i, flag)
