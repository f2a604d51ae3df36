# caught exceptions of several subclasses stored in a list of the shared user base, printed later
class CheckError(Exception):
    pass


class TooLong(CheckError):
    pass


class Empty(CheckError):
    pass


def check(s):
    if s == "":
        raise Empty("empty string")
    if len(s) > 5:
        raise TooLong(s)


errors = []
for s in ["ok", "", "toolongword", "fine", "", "abcdefg"]:
    try:
        check(s)
    except CheckError as e:
        errors.append(e)
print(len(errors))
for e in errors:
    print(type(e).__name__, e, repr(e))
print(errors)
print([str(e) for e in errors])
last = errors[-1]
print(last, last.args)
