# a user subclass of SystemExit: not caught by "except Exception"; uncaught it exits with its code
class Quit(SystemExit):
    pass


def main(n):
    try:
        if n > 2:
            raise Quit(n)
    except Exception:
        print("Exception handler (must not run)")
    return n


try:
    main(9)
except SystemExit as e:
    print("caught as SystemExit:", type(e).__name__, e, repr(e))
print(main(1))
main(7)
print("not reached")
