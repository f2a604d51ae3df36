# A variable a nested function uses lives in a cell, which kiln cannot unbind yet.
def forget():
    x = 1
    def read():
        return x
    del x  # error: [unsupported-del]
    return read()


print(forget())
