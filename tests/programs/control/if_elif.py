# if / elif / else chains, including ones where no branch is taken.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"


for s in range(55, 101, 5):
    print(s, grade(s))

x = 7
if x > 10:
    print("big")
elif x > 5:
    print("medium")
if x < 0:
    print("negative")
elif x == 0:
    print("zero")
if x == 7:
    print("seven")
else:
    print("not seven")
if x:
    pass
else:
    print("unreachable")
print("done")
