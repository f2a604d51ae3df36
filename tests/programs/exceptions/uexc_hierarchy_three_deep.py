# a three-level user hierarchy: each level raised and tested against handlers for each level
class Level1(Exception):
    pass


class Level2(Level1):
    pass


class Level3(Level2):
    pass


def make(k):
    if k == 1:
        raise Level1("one")
    if k == 2:
        raise Level2("two")
    raise Level3("three")


for k in [1, 2, 3]:
    row = ""
    try:
        make(k)
    except Level3:
        row += "3"
    except Level2:
        row += "2"
    except Level1:
        row += "1"
    try:
        make(k)
    except Level2 as e:
        row += " caught-by-L2:" + str(e)
    except Exception as e:
        row += " missed-L2:" + str(e)
    print(k, row)
print(isinstance(Level3("x"), Level1), isinstance(Level1("x"), Level3), isinstance(Level2("x"), Level1))
