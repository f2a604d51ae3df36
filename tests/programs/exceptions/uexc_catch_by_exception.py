# user exceptions are caught by "except Exception" and "except BaseException"
class ConfigError(Exception):
    pass


class MissingField(ConfigError):
    pass


def load(k):
    if k == 0:
        raise ConfigError("bad config")
    if k == 1:
        raise MissingField("name")
    return k


for k in range(3):
    try:
        print("loaded", load(k))
    except Exception as e:
        print("Exception handler:", type(e).__name__, e)
for k in range(3):
    try:
        print("loaded", load(k))
    except BaseException as e:
        print("BaseException handler:", repr(e))
try:
    load(1)
except ConfigError:
    print("no binding, caught as ConfigError")
