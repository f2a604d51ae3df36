# str.format and format() mixing containers, None, nested specs and non-ASCII templates.
lst = [1, 2]
e = ""
print(f"[{lst:{e}}] [{None:{e}}] [{(1, 'a'):{e}}] [{ {'k': 1}:{e}}]")
print(format(lst, e), format(None, e), format({"a"}, e))
print("{:{}}|{:{}}".format(lst, e, None, e))
print("{0:{1}{2}}|{0:{2}{1}}".format(7, "<", 4))
print("héllo {} wörld {!r} ✓".format("ü", "ü"))
print("{:{}{}}".format(1.5, "", "e"))
print("{:%}".format(3), "{:,.2f}".format(12345), "{:c}".format(65))
print("{:}".format("x"), "{!s:}".format(1.25))
t = (1.5, "a", [2])
print("{0[0]:.3f} {0[1]!r:>4} {0[2]}".format(t))
print("%s %s %s" % t)
print(f"{t}", f"{t!a}", ascii(t))
print("{0}{1}{0}".format("<", ">"), "{a}{b}{a}".format(a=1, b=2))
print("{0:^{1}}".format("mid", 11).replace(" ", "."))
print("{:#>{w}.{p}}".format(3.14159, w=10, p=3))
print("{!r}".format(format(2.5, "")))
