# __str__ defined on a user base class is inherited by subclasses; one subclass overrides it
class Fault(Exception):
    def __init__(self, part):
        super().__init__(part)
        self.part = part

    def __str__(self):
        return type(self).__name__ + " in " + self.part


class Electrical(Fault):
    pass


class Mechanical(Fault):
    def __str__(self):
        return "mechanical fault (" + self.part + ")"


faults = [Fault("core"), Electrical("wire"), Mechanical("gear")]
for f in faults:
    try:
        raise f
    except Fault as e:
        print(e, "|", repr(e), "|", e.args)
print([str(f) for f in faults])
