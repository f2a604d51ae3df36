# one exception instance created once, raised several times; its fields persist between raises
class Budget(Exception):
    def __init__(self, limit):
        super().__init__("over budget")
        self.limit = limit
        self.hits = 0


err = Budget(100)
spent = 0
for cost in [40, 50, 30, 20, 70]:
    try:
        if spent + cost > err.limit:
            err.hits += 1
            raise err
        spent += cost
        print("spent", spent)
    except Budget as e:
        print("rejected", cost, "hits", e.hits, e is err, e)
print("final", spent, err.hits, repr(err))
