# user exceptions with keyword and default constructor arguments; args only holds what reaches super().__init__
class HttpError(Exception):
    def __init__(self, status: int, reason: str = "unknown", retry: bool = False):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
        self.retry = retry

    def __str__(self) -> str:
        flag = " (retry)" if self.retry else ""
        return f"HTTP {self.status}: {self.reason}{flag}"


class NotFound(HttpError):
    def __init__(self, path: str):
        super().__init__(404, "not found: " + path)
        self.path = path


def fetch(path: str, attempt: int = 0) -> str:
    if path.startswith("/missing"):
        raise NotFound(path)
    if path == "/busy":
        raise HttpError(503, retry=attempt < 2)
    if path == "/teapot":
        raise HttpError(status=418, reason="teapot")
    return "200 " + path


for p in ["/", "/missing/x", "/busy", "/teapot"]:
    attempt = 0
    while True:
        try:
            print(fetch(p, attempt))
            break
        except NotFound as e:
            print(e, "|", e.args, "|", e.path, e.status)
            break
        except HttpError as e:
            print(e, "|", e.args, "|", repr(e))
            if not e.retry:
                break
            attempt += 1
raise HttpError(500)
