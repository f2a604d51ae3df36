# class-level attributes on user exception classes, overridden in subclasses and read through instances
class HttpError(Exception):
    status = 500
    title = "Internal Server Error"

    def line(self):
        return str(self.status) + " " + self.title + ": " + str(self)


class NotFound(HttpError):
    status = 404
    title = "Not Found"


class Gone(NotFound):
    status = 410


def handle(k):
    if k == 0:
        raise HttpError("boom")
    if k == 1:
        raise NotFound("/a")
    raise Gone("/old")


for k in range(3):
    try:
        handle(k)
    except HttpError as e:
        print(e.line(), "|", e.status, type(e).__name__)
print(HttpError.status, NotFound.status, Gone.status, Gone.title)
