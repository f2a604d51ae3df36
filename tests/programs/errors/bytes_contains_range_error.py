# `int in bytes` tests for a byte value; an int outside 0..255 raises ValueError.
data = b"ab\x00\xff"
for v in [97, 98, 0, 255, 99, 254]:
    print(v, v in data, v not in data)
print(b"ab" in data, b"\xff" in data, b"ba" in data)
probe = 255
while True:
    print(probe, probe in data)
    probe += 1
