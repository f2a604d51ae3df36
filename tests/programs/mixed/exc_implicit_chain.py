# an exception raised while handling another (inside a method) prints both, with custom __str__
class Audit(Exception):
    def __init__(self, who: str):
        super().__init__(who)
        self.who = who

    def __str__(self) -> str:
        return "audit failed for " + self.who


class Ledger:
    def __init__(self):
        self.rows: list[int] = [10, 20]

    def row(self, i: int) -> int:
        try:
            return self.rows[i]
        except IndexError:
            raise Audit("row" + str(i))


led = Ledger()
print(led.row(1))
try:
    led.row(5)
except Audit as e:
    print(e, "|", repr(e))
print(led.row(-1))
led.row(2)
