# a user exception with a code field is caught twice, then the third one escapes
class QuotaError(Exception):
    def __init__(self, user, code):
        super().__init__("quota exceeded for " + user)
        self.code = code


def use(user, amount):
    if amount > 10:
        raise QuotaError(user, amount - 10)
    return amount


for user, amount in [("a", 5), ("b", 15), ("c", 20)]:
    try:
        print(user, use(user, amount))
    except QuotaError as e:
        print("caught", e, "code", e.code)
print(use("d", 11))
