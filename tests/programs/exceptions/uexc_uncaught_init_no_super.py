# uncaught user exception whose __init__ skips super().__init__: message is the args tuple
class DiskFull(Exception):
    def __init__(self, device, free):
        self.device = device
        self.free = free


try:
    raise DiskFull("sdb", 0)
except DiskFull as e:
    print("caught:", e, e.device, e.free)
raise DiskFull("sda", 12)
