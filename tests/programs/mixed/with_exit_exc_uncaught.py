# exception raised in __exit__ while another is propagating; uncaught, chained traceback
class Flaky:
    def __init__(self, name: str):
        self.name = name

    def __enter__(self) -> "Flaky":
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        print("exit", self.name, exc)
        if exc is not None:
            raise RuntimeError(f"cleanup of {self.name} failed")
        return False


class JobError(Exception):
    pass


def job(n: int) -> int:
    with Flaky("job" + str(n)) as f:
        if n > 1:
            raise JobError(f"job {n} bad")
        return n * 10


print(job(1))
try:
    job(2)
except RuntimeError as e:
    print("caught", e, type(e).__name__)
job(3)
