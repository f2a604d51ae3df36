# class BadInput(ValueError): caught by except ValueError; a plain ValueError is not caught by except BadInput
class BadInput(ValueError):
    pass


def parse(s):
    if s == "":
        raise BadInput("empty input")
    return int(s)


for s in ["12", "", "x1"]:
    try:
        print("parsed", parse(s))
    except ValueError as e:
        print("ValueError handler:", type(e).__name__, "|", e)

for s in ["", "x1"]:
    try:
        try:
            parse(s)
        except BadInput as e:
            print("inner BadInput handler:", e)
    except ValueError as e:
        print("outer ValueError handler:", type(e).__name__, "|", e)
print(isinstance(BadInput("q"), ValueError), isinstance(ValueError("q"), BadInput))
