# str.splitlines: every line boundary CPython knows, with and without keepends.
texts = [
    "one\ntwo\nthree",
    "trailing\n",
    "\n",
    "",
    "crlf\r\nline\rcr",
    "double\n\nblank",
    "vt\x0bff\x0cfs\x1cgs\x1drs\x1e",
    "nel\x85ls\u2028ps\u2029end",
    "no newline at all",
]
for t in texts:
    print(repr(t))
    print("  ", t.splitlines())
    print("  ", t.splitlines(True))
print("a\nb".splitlines(keepends=True))
print(len("x\n\n\ny\n".splitlines()))
print("a\n\nb\n".split("\n"), "a\n\nb\n".splitlines())
