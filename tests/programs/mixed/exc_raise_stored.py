# exceptions created, stored in a list, inspected with isinstance, then re-raised later
class Warn(Exception):
    level = 1


class Severe(Warn):
    level = 3


def check(v: int) -> Warn:
    if v > 10:
        return Severe(f"value {v} too big")
    return Warn(f"value {v} is odd")


problems: list[Warn] = []
for v in [3, 4, 12, 7, 20]:
    if v % 2 == 1 or v > 10:
        problems.append(check(v))
print(len(problems), [p.level for p in problems])
print([str(p) for p in problems if isinstance(p, Severe)])
print([p.__class__.__name__ for p in problems])
worst = problems[0]
for p in problems:
    if p.level > worst.level:
        worst = p
print(worst, worst is problems[2])
for p in problems:
    try:
        raise p
    except Severe as e:
        print("severe", e, e is p)
    except Warn as e:
        print("warn", e)
raise worst
