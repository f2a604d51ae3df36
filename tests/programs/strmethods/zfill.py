# zfill pads with zeros after a leading sign.
for s in ["42", "-42", "+42", "", "-", "abc", "3.14", "-0.5", "123456", "日本", "--1"]:
    print(repr(s), [s.zfill(0), s.zfill(3), s.zfill(6)])
n = 7
print(str(n).zfill(3), str(-n).zfill(3), str(1234).zfill(2))
