# sys.exit inside with and try/finally: cleanup runs, SystemExit can be caught and inspected
import sys


class Guard:
    def __init__(self, name: str):
        self.name = name

    def __enter__(self) -> "Guard":
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        print("exit", self.name, None if exc_type is None else exc_type.__name__)
        return False


def stop(code: int) -> None:
    with Guard("stop"):
        sys.exit(code)


try:
    stop(3)
except SystemExit as e:
    print("caught code", e, e.args)

try:
    try:
        sys.exit("bye")
    finally:
        print("finally ran")
except SystemExit as e:
    print("caught msg", e)

with Guard("outer"):
    print("working")
    sys.exit(4)
print("unreachable")
