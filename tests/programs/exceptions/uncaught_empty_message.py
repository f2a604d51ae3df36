# An uncaught exception with an empty message is reported without a colon: just "ValueError".
def parse(s):
    if len(s) == 0:
        raise ValueError("")
    return int(s)


print(parse("12"))
print(parse(""))
