# user exception classes through with: __exit__ inspects fields and suppresses only one branch of the hierarchy
class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

class Retryable(AppError):
    pass
class Fatal(AppError):
    pass

class RetryScope:
    def __init__(self):
        self.retries = 0
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if isinstance(exc, Retryable):
            self.retries += 1
            print("retry later:", exc, exc.code)
            return True
        if isinstance(exc, AppError):
            print("cannot retry:", type(exc).__name__, exc.code)
        return False

def job(k):
    if k == 1:
        raise Retryable("timeout", 504)
    if k == 2:
        raise Fatal("corrupt", 500)
    print("job", k, "ok")

scope = RetryScope()
for k in [0, 1, 2, 1]:
    try:
        with scope:
            job(k)
    except AppError as e:
        print("escaped:", type(e).__name__, e, e.code, isinstance(e, Fatal))
print("retries", scope.retries)
