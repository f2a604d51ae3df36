# uncaught user exception raised "from" a builtin one: both tracebacks, "direct cause" separator
class SettingsError(Exception):
    pass


def get_setting(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise SettingsError("setting " + key + " is required") from e


s = {"mode": "fast"}
print(get_setting(s, "mode"))
print(get_setting(s, "level"))
