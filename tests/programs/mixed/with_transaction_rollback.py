# a transaction context manager over a dict store: commit on success, rollback and re-raise on error
class TxError(Exception):
    def __init__(self, key: str, reason: str):
        super().__init__(f"{key}: {reason}")
        self.key = key
        self.reason = reason


class Store:
    def __init__(self):
        self.data: dict[str, int] = {}
        self.history: list[str] = []


class Tx:
    def __init__(self, store: Store):
        self.store = store
        self.pending: dict[str, int] = {}

    def __enter__(self) -> "Tx":
        self.store.history.append("begin")
        return self

    def set(self, k: str, v: int) -> None:
        if v < 0:
            raise TxError(k, "negative")
        self.pending[k] = v

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            for k, v in self.pending.items():
                self.store.data[k] = v
            self.store.history.append("commit")
        else:
            self.store.history.append("rollback:" + exc_type.__name__)
        return False


s = Store()
with Tx(s) as t:
    t.set("a", 1)
    t.set("b", 2)
try:
    with Tx(s) as t:
        t.set("a", 100)
        t.set("c", -1)
except TxError as e:
    print("failed", e.key, e.reason, str(e))
try:
    with Tx(s) as t:
        t.set("d", 4)
        print(s.data["zz"])
except KeyError as e:
    print("key error", e)
print(s.data, s.history)


def batch(store: Store, items: list[tuple[str, int]]) -> bool:
    try:
        with Tx(store) as tx:
            for k, v in items:
                tx.set(k, v)
    except TxError:
        return False
    return True


print(batch(s, [("x", 1)]), batch(s, [("y", 1), ("z", -2)]), s.data)
with Tx(s) as t:
    t.set("q", -9)
