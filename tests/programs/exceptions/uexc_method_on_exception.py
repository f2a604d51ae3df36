# methods defined on user exception classes (including overridden ones) called from handlers
class ApiError(Exception):
    def __init__(self, status, reason):
        super().__init__(reason)
        self.status = status
        self.reason = reason

    def describe(self):
        return f"[{self.status}] {self.reason}"

    def retryable(self):
        return self.status >= 500


class RateLimited(ApiError):
    def __init__(self, wait):
        super().__init__(429, "slow down")
        self.wait = wait

    def retryable(self):
        return True

    def describe(self):
        return super().describe() + " (wait " + str(self.wait) + "s)"


def call(k):
    if k == 0:
        raise ApiError(404, "no such thing")
    if k == 1:
        raise ApiError(503, "unavailable")
    raise RateLimited(30)


for k in range(3):
    try:
        call(k)
    except ApiError as e:
        print(e.describe(), "retry" if e.retryable() else "give up", "|", e)
