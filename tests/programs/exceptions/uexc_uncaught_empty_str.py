# uncaught user exception whose __str__ returns "": stderr ends with just the class name
class Silent(Exception):
    def __str__(self):
        return ""


try:
    raise Silent("hidden")
except Silent as e:
    print("str: [" + str(e) + "]", repr(e))
raise Silent("still hidden")
