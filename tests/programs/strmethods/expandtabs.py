# expandtabs: default tab size 8, explicit sizes, columns reset at newlines.
lines = ["a\tb\tc", "\tindented", "abcdefgh\tx", "1234567\tx", "tab\tend\t", "x\ty\nzz\tw", "no tabs"]
for line in lines:
    print(repr(line.expandtabs()))
    for size in [0, 1, 2, 4]:
        print("  ", size, repr(line.expandtabs(size)))
print(repr("a\tb".expandtabs(-1)), repr("a\r\tb".expandtabs(4)))
print(repr("日本\tx".expandtabs(4)))
