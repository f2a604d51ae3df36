# Chained str methods on computed values.
raw = "   Hello, World; Welcome To KILN   "
print(raw.strip().lower().replace(";", ",").split(", "))
print(raw.strip().split(";")[1].strip().upper().center(20, "~"))
print("-".join(raw.split()).swapcase())
print(raw.strip().title().replace(" ", "").removeprefix("Hello,"))
s = "a,b;c d"
print(s.replace(",", " ").replace(";", " ").split())
print("x".join("abc".upper()).lower().count("x"))
print("CamelCaseString".replace("C", "_c").lstrip("_").lower())
print(str(12345)[::-1].zfill(8).rjust(10, "*"))
