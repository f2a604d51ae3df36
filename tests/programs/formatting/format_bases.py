# Integer presentation types b o x X c d n and the # alternate form.
for n in [0, 1, 7, 10, 255, 256, -1, -255, 65535, 2 ** 64, -(2 ** 70)]:
    print(format(n, "b"), format(n, "#b"), format(n, "o"), format(n, "#o"), format(n, "x"), format(n, "#x"), format(n, "X"), format(n, "#X"), format(n, "d"))
print(format(255, "#010x"), format(-255, "#010x"), format(5, "08b"), format(5, "#08b"), format(255, "^#10x") + "|")
print(format(65, "c"), format(0x263A, "c"), format(128512, "c"), format(97, "3c") + "|", format(1234, "n"))
print(format(True, "d"), format(False, "#x"), format(True, "b"))
