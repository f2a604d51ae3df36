# Reading a captured variable before it has a value raises what CPython raises.
def free_before_assignment():
    def read():
        return later
    try:
        read()
    except NameError as e:
        print("NameError:", e)
    later = 5
    return read()


print(free_before_assignment())


def local_cell_before_assignment():
    try:
        print(value)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    value = 3
    def show():
        return value
    return show()


print(local_cell_before_assignment())
