# uncaught KeyError subclass: the message line shows the repr of the key
class UnknownUser(KeyError):
    pass


users = {"ann": 1, "bob": 2}


def uid(name):
    if name not in users:
        raise UnknownUser(name)
    return users[name]


print(uid("ann"))
try:
    uid("zed")
except KeyError as e:
    print("caught once:", e)
print(uid("carl"))
