# !r, !s and !a conversions on strings, numbers and containers, with and without specs.
strs = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline", "back\\slash", "café", "日本", "😀", "\x00\x7f\x80", ""]
for s in strs:
    print(f"{s!s}|{s!r}|{s!a}")
    print(f"[{s!r:>14}] [{s!a:<20}] [{s!s:^8.3}] [{s!r:.4}]")
print(f"{42!r} {-1.5!r} {1e300!r} {True!r} {None!r} {42!a} {3.0!s}")
print(f"{[1, 2]!r} {(1, 'a')!s} { {'k': 'v'}!r}")
nums = [1.5, -0.0, 1e-7]
names = {"ü": "é", "a": "b"}
pair = ("x'y", 'q"r')
print(f"{nums!r} {nums!s} {nums!a} [{nums!r:>22}]")
print(f"{names!r} {names!a} [{names!s:*^30}]")
print(f"{pair!r} {pair!a} {pair!s:.5}")
print(f"{None!s:>6}|{None!r:<6}|{None!a:^8}|")
