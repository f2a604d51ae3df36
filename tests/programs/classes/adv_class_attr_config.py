# dict/str/float/tuple class attributes read through instances, mutated and reassigned through the class
class Config:
    defaults = {"depth": 3, "width": 2}
    name = "cfg"
    ratio = 0.5
    flags = (True, False)
    def __init__(self, depth):
        self.depth = depth
    def get(self, key):
        if key == "depth":
            return self.depth
        return Config.defaults[key]
c = Config(7)
print(c.get("depth"), c.get("width"), c.defaults, Config.name, c.ratio * 4, c.flags)
Config.defaults["width"] = 9
Config.ratio = 1.5
print(c.get("width"), c.ratio)
