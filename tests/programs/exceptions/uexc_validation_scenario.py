# a small realistic validator: a hierarchy of user errors collected per record and summarised
class RecordError(Exception):
    def __init__(self, row, msg):
        super().__init__(f"row {row}: {msg}")
        self.row = row


class MissingName(RecordError):
    def __init__(self, row):
        super().__init__(row, "name missing")


class BadAge(RecordError):
    def __init__(self, row, age):
        super().__init__(row, f"age {age} out of range")
        self.age = age


def validate(row, name, age):
    if name == "":
        raise MissingName(row)
    if age < 0 or age > 150:
        raise BadAge(row, age)
    return name.upper() + ":" + str(age)


data = [("ann", 31), ("", 20), ("bob", 200), ("cy", 5), ("", -1)]
good = []
bad = []
for i in range(len(data)):
    try:
        good.append(validate(i, data[i][0], data[i][1]))
    except RecordError as e:
        bad.append(e)
print(good)
for e in bad:
    print(type(e).__name__, e.row, e)
print(len(bad), "bad of", len(data))
