# str method errors (index, rindex, split(''), center fill), encode/decode Unicode errors, chr/ord
s = "hello world"
tests = 0
try:
    s.index("xyz")
except ValueError as e:
    print(e)
try:
    s.rindex("q")
except ValueError as e:
    print(e)
try:
    "a,b".split("")
except ValueError as e:
    print(e)
try:
    "abc".center(5, "xy")
except TypeError as e:
    print(e)
try:
    ", ".join(["a", "b"]).index("c")
except ValueError as e:
    print(e)
try:
    print("x".encode("ascii"), "é".encode("ascii"))
except UnicodeEncodeError as e:
    print("enc", e)
try:
    print(b"\xff".decode("utf-8"))
except UnicodeDecodeError as e:
    print("dec", e)
try:
    print(b"\xff".decode("ascii"))
except UnicodeError as e:
    print("dec2", e)
try:
    "abc".replace("", "x").rstrip().partition("")
except ValueError as e:
    print(e)
try:
    print(chr(-1))
except ValueError as e:
    print(e)
try:
    print(ord("ab"))
except TypeError as e:
    print(e)
