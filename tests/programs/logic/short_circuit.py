# The right operand of and/or is only evaluated when needed.
def t(name):
    print("t", name)
    return True


def f(name):
    print("f", name)
    return False


def n(name, x):
    print("n", name)
    return x


print(t("a") or t("b"))
print(f("a") or t("b"))
print(t("a") and f("b"))
print(f("a") and t("b"))
print(f("a") or f("b") or t("c") or t("d"))
print(t("a") and t("b") and f("c") and t("d"))
print(n("a", 0) or n("b", 2))
print(n("a", 1) or n("b", 2))
print(n("a", 0) and n("b", 2))
print(n("a", 3) and n("b", 2) and n("c", 0))
print(f("a") and t("b") or t("c"))
print(t("a") or t("b") and f("c"))
if f("cond1") or t("cond2"):
    print("if taken")
i = 0
while i < 3 and t("loop"):
    i = i + 1
print(i)
