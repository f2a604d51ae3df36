# a stored exception object raised, caught and compared by identity with the stored one
class AppError(Exception):
    pass


saved = AppError("saved")


def fail(use_saved: bool) -> None:
    if use_saved:
        raise saved
    raise AppError("saved")


for flag in [True, False, True]:
    try:
        fail(flag)
    except AppError as e:
        print(flag, e is saved, e is not saved, str(e))

caught: list[AppError] = []
for i in range(2):
    try:
        raise saved
    except AppError as e:
        caught.append(e)
print(caught[0] is caught[1], caught[0] is saved)
try:
    raise ValueError("v")
except ValueError as v:
    first = v
try:
    raise first
except ValueError as w:
    print(w is first, w)
