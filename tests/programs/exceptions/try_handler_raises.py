# An exception raised inside a handler is not caught by sibling clauses of the same try, only by an enclosing try.
def convert(s):
    try:
        try:
            return int(s)
        except ValueError:
            print("cannot parse", repr(s))
            raise KeyError(s)
        except KeyError:
            print("sibling KeyError clause (never)")
            return -1
    except KeyError as e:
        print("outer caught", repr(e))
        return -2
    return 0


print(convert("12"))
print(convert("x1"))
print(convert("-7"))
