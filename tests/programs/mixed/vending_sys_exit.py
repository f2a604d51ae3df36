# a vending machine state machine: polymorphic states, custom errors, and sys.exit with a status from inside a function
import sys


class VendError(Exception):
    def __init__(self, state: str, action: str):
        super().__init__(f"cannot {action} while {state}")
        self.state = state


class State:
    def name(self) -> str:
        return type(self).__name__

    def insert(self, m: "Machine", coins: int) -> "State":
        raise VendError(self.name(), "insert")

    def choose(self, m: "Machine", item: str) -> "State":
        raise VendError(self.name(), "choose")


class Idle(State):
    def insert(self, m: "Machine", coins: int) -> State:
        m.credit += coins
        return Paid()


class Paid(State):
    def insert(self, m: "Machine", coins: int) -> State:
        m.credit += coins
        return self

    def choose(self, m: "Machine", item: str) -> State:
        price = m.prices[item]
        if price > m.credit:
            raise VendError(self.name(), "afford " + item)
        m.credit -= price
        m.sold.append(item)
        return Idle() if m.credit == 0 else self


class Machine:
    def __init__(self):
        self.state: State = Idle()
        self.credit = 0
        self.prices = {"tea": 3, "cake": 5}
        self.sold: list[str] = []

    def run(self, script: list[tuple[str, str]]) -> int:
        errors = 0
        for action, arg in script:
            try:
                if action == "in":
                    self.state = self.state.insert(self, int(arg))
                else:
                    self.state = self.state.choose(self, arg)
            except VendError as e:
                errors += 1
                print("!", e, "| state:", e.state)
            except KeyError as e:
                errors += 1
                print("! no such item", e)
            print(action, arg, "->", self.state.name(), self.credit)
        return errors


def main() -> None:
    m = Machine()
    errs = m.run([("pick", "tea"), ("in", "2"), ("pick", "cake"), ("in", "4"), ("pick", "tea"), ("pick", "soup"), ("pick", "tea")])
    print("sold", m.sold, "errors", errs)
    if errs:
        sys.exit(errs)
    print("clean run")


main()
