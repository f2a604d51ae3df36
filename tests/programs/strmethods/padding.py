# center/ljust/rjust with default and explicit fill, odd/even padding, widths below len.
for w in ["a", "ab", "abc", "abcd", "日本", "😀"]:
    print("[" + w.center(6) + "]", "[" + w.center(7, "*") + "]", "[" + w.ljust(5, "-") + "]", "[" + w.rjust(5, "·") + "]")
print("[" + "long text".center(3) + "]", "[" + "long".ljust(-1) + "]", "[" + "long".rjust(0) + "]")
print("[" + "".center(4, "x") + "]", "[" + "".ljust(3) + "]")
for n in range(0, 8):
    print(n, "[" + "ab".center(n, "=") + "]", "[" + "abc".center(n, "=") + "]")
rows = [("apple", "1.25"), ("kiwi", "0.5"), ("watermelon", "12")]
for name, price in rows:
    print(name.ljust(12, ".") + price.rjust(6))
