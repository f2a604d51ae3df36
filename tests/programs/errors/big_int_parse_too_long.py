# int() of a decimal string with more than 4300 digits raises ValueError.
s = "1" * 4300
print(int(s) % 1000, len(s))
t = s + "1" * 700
print(len(t))
print(int(t))
print("not reached")
