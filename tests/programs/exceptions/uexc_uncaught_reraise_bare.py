# a handler logs a user exception and re-raises it with bare "raise"; nothing else catches it
class BadRecord(Exception):
    def __init__(self, idx):
        super().__init__("bad record #" + str(idx))
        self.idx = idx


def process(records):
    for i in range(len(records)):
        try:
            if records[i] < 0:
                raise BadRecord(i)
            print("record", i, records[i])
        except BadRecord as e:
            print("logging", e.idx)
            raise


process([4, 7, -1, 8])
