# kiln types `e.args` for an exception of one of the program's classes whose every
# construction passes arguments of the same types. Otherwise the items' types are known only at
# run time: printing `e.args` and `len(e.args)` work, using its items is refused.
class Mixed(Exception):
    pass


def check(n: int) -> None:
    if n < 0:
        raise Mixed("negative", n)
    if n > 100:
        raise Mixed(n)


def main() -> None:
    try:
        check(-1)
    except Mixed as e:
        print(e.args, len(e.args))
        print(e.args[0])  # error: [unsupported-operation]
    try:
        int("x")
    except ValueError as e:
        print(e.args)
        print(e.args == ("invalid literal for int() with base 10: 'x'",))  # error: [unsupported-operation]
        for a in e.args:  # error: [unsupported-operation]
            print(a)


main()
