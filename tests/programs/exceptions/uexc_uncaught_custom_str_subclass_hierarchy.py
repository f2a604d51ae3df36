# uncaught subclass whose base defines __str__; raised by the class name only (no parentheses)
class AppError(Exception):
    def __str__(self):
        return "application error (" + type(self).__name__ + ")"


class Shutdown(AppError):
    pass


try:
    raise AppError("ignored")
except AppError as e:
    print(e)
raise Shutdown
