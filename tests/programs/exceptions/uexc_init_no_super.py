# custom __init__ that never calls super().__init__: args still hold the constructor arguments
class DiskError(Exception):
    def __init__(self, device, errno):
        self.device = device
        self.errno = errno


class CodeOnly(Exception):
    def __init__(self, code):
        self.code = code


try:
    raise DiskError("sda1", 28)
except DiskError as e:
    print("device", e.device, "errno", e.errno)
    print("str:", str(e))
    print("repr:", repr(e))
    print("args:", e.args, len(e.args))

try:
    raise CodeOnly(7)
except CodeOnly as e:
    print("code", e.code, "str:", str(e), "repr:", repr(e), "args:", e.args)
