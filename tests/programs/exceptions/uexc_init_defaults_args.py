# __init__ with default parameter values: args reflect the call's arguments, not the defaults (without super)
class Soft(Exception):
    def __init__(self, msg="soft default"):
        self.msg = msg


class Hard(Exception):
    def __init__(self, msg="hard default"):
        super().__init__(msg)
        self.msg = msg


try:
    raise Soft()
except Soft as e:
    print("Soft():", "[" + str(e) + "]", repr(e), e.args, len(e.args), e.msg)
try:
    raise Soft("given")
except Soft as e:
    print("Soft('given'):", "[" + str(e) + "]", repr(e), e.args, e.msg)
try:
    raise Hard()
except Hard as e:
    print("Hard():", "[" + str(e) + "]", repr(e), e.args, e.msg)
try:
    raise Hard("given")
except Hard as e:
    print("Hard('given'):", "[" + str(e) + "]", repr(e), e.args, e.msg)
