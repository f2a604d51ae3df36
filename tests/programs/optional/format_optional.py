def pick(flag):
    return 7 if flag else None


def ratio(flag):
    return 2.5 if flag else None


v = pick(True)
w = pick(False)
print(f"[{v:>5}] [{w}] [{v}]")
print("{:>6}|{:<4}|".format(v, pick(True)))
print(format(v, ">6"), format(w, ""), format(ratio(True), ".3f"))
print(f"{ratio(True):08.2f}")
try:
    print(f"{w:>5}")
except TypeError as e:
    print("TypeError", e)
