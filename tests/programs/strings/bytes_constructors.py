# Every supported way to build bytes: bytes(), bytes(n), bytes(ints), bytes(range), bytes(str, enc[, errors]).
print(bytes(), len(bytes()), bytes() == b"", bool(bytes()))
for n in [0, 1, 2, 5, 16]:
    z = bytes(n)
    print(n, z, len(z), sum(z), z == b"\x00" * n)
print(bytes(True), bytes(False), len(bytes(300)), bytes(3)[2])
print(bytes(list(b"")), bytes([0]), bytes([255, 254, 0, 1]), bytes([72, 105, 33]), bytes([10, 13, 9, 39, 34, 92]))
print(bytes(range(5)), bytes(range(250, 256)), bytes(range(65, 91, 5)), bytes(range(0)), bytes(range(122, 96, -1)))
print(bytes((1, 2, 3)), bytes({7, 7, 8}), bytes({65: "a", 66: "b"}), bytes(b"copy"), bytes("copy", "ascii"))
print(bytes(list(b"round")), bytes(sorted(b"sorted")), bytes(list(range(48, 58))), bytes([True, False, True]))
vals = [0, 127, 128, 255]
made = bytes(vals)
print(made, list(made) == vals, len(made), made.hex())
grow = list(b"")
for i in range(12):
    grow.append((i * 37 + 11) % 256)
g = bytes(grow)
print(g, g.hex(), len(g), list(g) == grow)
for enc in ["utf-8", "latin-1", "ascii"]:
    print(enc, bytes("plain", enc), bytes("plain", enc, "strict"), bytes("ça va", enc, "replace"), bytes("ça va", enc, "ignore"))
print(bytes("€uro", "utf-8"), bytes("€uro", "ascii", "backslashreplace"), bytes("€uro", "latin-1", "replace"))
print(bytes("", "utf-8"), bytes("\x00", "ascii"), bytes("\U0001f600", "utf-8"), bytes("\U0001f600", "latin1", "backslashreplace"))
print("".encode(), "abc".encode("ascii"), "abc".encode(encoding="ascii"), "ä".encode(errors="strict"))
print("ä".encode("ascii", errors="replace"), "ä".encode(encoding="ascii", errors="ignore"), "ä".encode("latin-1"))
s = "mixed ä€😀"
print(s.encode(), s.encode("utf-8") == bytes(s, "utf-8"), s.encode("ascii", "replace") == bytes(s, "ascii", "replace"))
print(b"\x00\x10\xab\xff".hex(), b"".hex(), "Hi!".encode().hex(), bytes(range(16)).hex(), len(bytes(200).hex()))
h = bytes([0xde, 0xad, 0xbe, 0xef]).hex()
print(h, h.upper(), int(h, 16), h == "deadbeef", len(h))
back = list(b"")
for i in range(0, len(h), 2):
    back.append(int(h[i:i + 2], 16))
print(bytes(back), bytes(back).hex() == h)
print(bytes(5) + bytes([1]) + bytes(range(2)) + bytes("z", "ascii"), bytes(2) * 2, bytes(bytes(1)))
