# "raise NewError(...) from e" translates builtin and user errors; the new one is caught by the caller
class ConfigError(Exception):
    pass


class LoadError(Exception):
    def __init__(self, what, key):
        super().__init__(what)
        self.key = key


def read(cfg, key):
    try:
        return int(cfg[key])
    except KeyError as e:
        raise ConfigError("missing " + key) from e
    except ValueError as e:
        raise ConfigError("not a number: " + key) from e


def load(cfg, key):
    try:
        return read(cfg, key)
    except ConfigError as e:
        raise LoadError("load failed (" + str(e) + ")", key) from e


cfg = {"port": "80", "host": "x"}
for key in ["port", "user", "host"]:
    try:
        print(key, "=", load(cfg, key))
    except LoadError as e:
        print(e, "| key:", e.key)
