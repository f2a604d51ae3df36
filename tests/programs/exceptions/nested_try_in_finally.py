# A try/except inside finally handles its own error; the exception that was in flight still propagates afterwards.
def work():
    try:
        raise ValueError("main failure")
    finally:
        try:
            print("cleanup step 1")
            print(10 // 0)
        except ZeroDivisionError as e:
            print("cleanup error handled:", e)
        print("cleanup step 2")


try:
    work()
except ValueError as e:
    print("caller got", e)
except ZeroDivisionError:
    print("caller got ZeroDivisionError (never)")
