# an uncaught user exception with a message: traceback, "MyError: boom" and exit status 1
class MyError(Exception):
    pass


print("before")
try:
    raise MyError("first")
except MyError as e:
    print("caught", e)
print("after catch")
raise MyError("boom")
print("not reached")
