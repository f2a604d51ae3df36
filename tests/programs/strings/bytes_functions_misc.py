# bytes as parameters, defaults, keyword arguments, globals, tuple unpacking, Optional and dict values.
label = b"da'ta"
print(f"{label=}", f"{label = }", f"{label[1:]=!s}")
def pad(b: bytes, n: int = 4, fill: bytes = b".") -> bytes:
    while len(b) < n:
        b = b + fill
    return b
print(pad(b"a"), pad(b"abcdef"), pad(b"", 2, b"xy"), pad(fill=b"-", b=b"q"))
G = b"global"
def g():
    global G
    G += b"!"
    return G
print(g(), g(), G)
ws = [b"aa", b"b", b"cccc", b"dd"]
print(max(ws, key=len), min(ws, key=len), sorted(ws, key=lambda w: (len(w), w)))
t = (b"x", 1, "s")
a, n, s = t
print(a, n, s, t)
d = {b"a": [b"x"]}
d[b"a"].append(b"y")
d.setdefault(b"b", []).append(b"z")
print(d, d.get(b"c", [b"none"]), d.pop(b"a"), d)
o = None
o = b"val" if len(ws) > 2 else None
print(o, o is None)
print(list(zip([b"a", b"b"], b"ab")), dict(zip(b"ab", [b"A", b"B"])))
x = b"abc"
x = x[1:] + x[:1]
print(x, x.hex(), x.decode().upper().encode())
print(sorted({b"b": 1, b"a": 2}.items()), list({b"x": b"y"}.keys()), list({b"q"}))
def rev(b: bytes) -> bytes:
    if len(b) <= 1:
        return b
    return rev(b[1:]) + b[:1]
def checksum(b: bytes) -> int:
    return sum(b) % 256
for w in ws + [b"", b"\xfe\xff", "日本".encode()]:
    print(w, rev(w), rev(rev(w)) == w, checksum(w), checksum(w + bytes([256 - checksum(w)])) if w else -1)
