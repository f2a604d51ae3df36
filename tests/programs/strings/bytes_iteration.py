# Iterating bytes yields ints; the consuming builtins over bytes.
data = b"Hello, \x00\xffWorld!"
for x in data:
    print(x, hex(x), chr(x) if 32 <= x < 127 else "?", x >= 128)
print(list(data), len(list(data)), sum(data), max(data), min(data), sorted(data)[:5])
print(any(b"\x00\x00"), any(b"\x00\x01"), all(b"ab"), all(b"a\x00"), any(b""), all(b""))
print(list(enumerate(b"abc")), list(zip(b"ab", b"xyz")), [x * 2 for x in b"\x01\x02\x03"])
print(len(set(b"mississippi")), sorted(set(b"mississippi")), {x: 0 for x in b"aa"})
evens = list(b"")
for x in data:
    if x % 2 == 0:
        evens.append(x)
print(evens, bytes(evens), [x for x in data if not x & 1] == evens)
up = list(b"")
for x in b"shout, please!":
    up.append(x - 32 if 97 <= x <= 122 else x)
upper = bytes(up)
print(upper, upper.decode("ascii"), bytes(range(97, 123)), bytes(range(10, 0, -3)))
total = 0
count = 0
for i, x in enumerate("päivää".encode()):
    total += x * (i + 1)
    count += 1
print(total, count)
nested = [b"ab", b"", b"\x01\x02\x03"]
flat = list(b"")
for chunk in nested:
    flat += list(chunk)
print(flat, bytes(flat), sum(len(c) for c in nested), max(nested), [len(c) for c in nested])
it = b"xyz"
out = []
for a in it:
    for b in it:
        if a != b:
            out.append(bytes([a, b]))
print(out, len(out), sorted(out, reverse=True)[0])
k = 0
src = b"while-loop"
while k < len(src) and src[k] != 45:
    k += 1
print(k, src[:k], src[k + 1:], src[k])
hist = {}
for x in b"abracadabra":
    hist[x] = hist.get(x, 0) + 1
print(hist, sorted(hist.items(), key=lambda kv: -kv[1]), sorted(hist), bytes(sorted(b"abracadabra")))
print(list(map(lambda v: v ^ 0x20, b"MiXeD")), bytes(sorted(b"MiXeD")), sorted(b"MiXeD", key=lambda v: v ^ 0x20))
print(sorted(b"hello", reverse=True), list(reversed(list(b"abc"))), [c for c in b"ok"] == [111, 107])
print(bytes(list(b"copy")), bytes(b"copy"), bytes(sorted(b"zyx")), bytes(set(b"aa")), bytes({98: 1}))
