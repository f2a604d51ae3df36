# Start/end/slice bounds far outside the string (even beyond 64 bits) are clipped.
big = 2 ** 70
s = "abcdef"
print(s.find("a", big), s.find("", -big), s.rfind("f", -big, big), s.count("", big), s.count("c", -big))
print(s[-big:big], s[-big:big:2], s[big:], s[:-big] + "|", s[::big], s[::-big], s[big::-1])
print(s.startswith("a", -big), s.endswith("", -big, big), s.index("c", -big), s.rindex("a", 0, big))
print(s[len(s) - 1], s[-len(s)])
