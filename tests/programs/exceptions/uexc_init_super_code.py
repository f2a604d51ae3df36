# custom __init__ with an extra attribute and super().__init__(msg); the handler reads e.code
class HttpError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


def fetch(path):
    if path == "/missing":
        raise HttpError("not found: " + path, 404)
    if path == "/secret":
        raise HttpError("forbidden: " + path, 403)
    return "200 OK " + path


for p in ["/index", "/missing", "/secret"]:
    try:
        print(fetch(p))
    except HttpError as e:
        print("error", e.code, "-", e)
        print("  args:", e.args, len(e.args))
        print("  repr:", repr(e))
        if e.code >= 404:
            print("  client error, code+1 =", e.code + 1)
