# A negative index below -len raises IndexError (code points, not bytes).
s = "日本"
print(s[-2], len(s))
print(s[-3])
