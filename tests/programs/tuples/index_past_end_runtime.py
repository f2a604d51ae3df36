# A constant index past the end of a tuple raises IndexError where it runs, so a branch that
# never runs it is fine (as for a `*args` tuple of another length).
def second(*items):
    if len(items) > 1:
        return items[1]
    return "none"


print(second(), second("a"), second("a", "b"))
t = (1, 2)
try:
    print(t[2])
except IndexError as e:
    print("IndexError:", e)
print(t[-3])
