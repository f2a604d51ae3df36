# A str formatted with an int presentation type raises ValueError.
s = "42"
print(f"{s:>5} {int(s):05d}")
print(f"{s:d}")
