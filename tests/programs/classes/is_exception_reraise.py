# bare `raise` and re-raising through functions keep the same exception object
class StepError(Exception):
    def __init__(self, step: int) -> None:
        super().__init__("step " + str(step))
        self.step = step


class Runner:
    def __init__(self) -> None:
        self.last: "StepError | None" = None

    def step(self, n: int) -> None:
        if n == 3:
            err = StepError(n)
            self.last = err
            raise err

    def run(self, steps: int) -> None:
        try:
            for i in range(steps):
                self.step(i)
        except StepError:
            print("run saw an error")
            raise


r = Runner()
r.run(2)
print(r.last is None)
try:
    r.run(5)
except StepError as e:
    print(e, e.step, e is r.last)
    other = StepError(3)
    print(other is r.last, other is not e)
    r.last = other
    print(r.last is e)
