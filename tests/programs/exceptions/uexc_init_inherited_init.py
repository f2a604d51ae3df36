# subclasses inheriting a custom __init__, and subclasses extending it via super().__init__
class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

    def label(self):
        return type(self).__name__ + "#" + str(self.code)


class DbError(AppError):
    pass


class QueryError(DbError):
    def __init__(self, query):
        super().__init__("bad query: " + query, 42)
        self.query = query


def run(k):
    if k == 0:
        raise AppError("app", 1)
    if k == 1:
        raise DbError("db down", 2)
    raise QueryError("SELEC *")


for k in range(3):
    try:
        run(k)
    except AppError as e:
        print(e.label(), "|", e, "|", e.code, "|", e.args)
try:
    run(2)
except QueryError as e:
    print("query was", e.query, repr(e))
