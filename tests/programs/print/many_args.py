# print with many arguments and long output lines.
print(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)
print("a", 1, "b", 2.0, "c", False, "d", None, "e", -0.0, "f", 1e300)
line = ""
for i in range(200):
    line = line + str(i % 10)
print(line)
print(line, line, sep="\n")
big = "xyz" * 1000
print(len(big))
print(big)
