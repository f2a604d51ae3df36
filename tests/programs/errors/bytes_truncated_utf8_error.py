# A 4-byte UTF-8 sequence cut short at the end of the data raises UnicodeDecodeError.
emoji = "😀".encode()
print(emoji, len(emoji), emoji.decode())
for cut in range(len(emoji), 0, -1):
    part = b"abc" + emoji[:cut]
    print(cut, part, part.decode("utf-8", "replace"), part.decode("utf-8", "backslashreplace"))
print(b"abc" + emoji[:3])
print((b"abc" + emoji[:3]).decode("utf-8"))
