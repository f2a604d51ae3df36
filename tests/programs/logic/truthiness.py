# Truthiness of values in if/while conditions.
def check_int(x):
    if x:
        print(x, "truthy")
    else:
        print(x, "falsy")


def check_float(x):
    if x:
        print(x, "truthy")
    else:
        print(x, "falsy")


def check_str(s):
    if s:
        print("[" + s + "]", "truthy")
    else:
        print("[" + s + "]", "falsy")


check_int(0)
check_int(1)
check_int(-3)
check_float(0.0)
check_float(-0.0)
check_float(0.001)
check_float(float("nan"))
check_str("")
check_str(" ")
check_str("False")
check_str("0")
n = 5
while n:
    print("n =", n)
    if n > 2:
        n = n - 2
    else:
        n = 0
s = "abc"
while s:
    print(s)
    s = ""
if 0.0 or 0.0:
    print("unreachable")
elif -0.0:
    print("unreachable too")
else:
    print("zeros are falsy")
