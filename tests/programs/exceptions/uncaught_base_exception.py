# A BaseException passes through "except Exception" and is reported uncaught as "BaseException: stop".
def inner():
    print("raising BaseException")
    raise BaseException("stop")


try:
    inner()
except Exception:
    print("Exception handler (never)")
print("not reached")
