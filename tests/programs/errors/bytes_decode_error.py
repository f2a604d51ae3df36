# Decoding invalid UTF-8 raises UnicodeDecodeError with CPython's message.
data = "ok".encode() + bytes([0xE2, 0x82, 0x41])
print(data, len(data))
print(data.decode())
