# a user exception carrying several typed fields (str, int, float, list) read in the handler
class ValidationError(Exception):
    def __init__(self, field, problems):
        super().__init__(field + ": " + str(len(problems)) + " problem(s)")
        self.field = field
        self.problems = problems
        self.severity = 0.5 * len(problems)


def validate(name, value):
    problems = []
    if value < 0:
        problems.append(1)
    if value > 100:
        problems.append(2)
    if value % 2 == 1:
        problems.append(3)
    if len(problems) > 0:
        raise ValidationError(name, problems)
    return value


for name, value in [("a", 4), ("b", -3), ("c", 101), ("d", 7)]:
    try:
        print(name, "valid", validate(name, value))
    except ValidationError as e:
        print(e, "| field", e.field, "| problems", e.problems, "| severity", e.severity)
        e.problems.append(99)
        print("  mutated:", e.problems, len(e.problems))
