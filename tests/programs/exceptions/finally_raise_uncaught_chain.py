# An exception raised in finally while another is in flight: the uncaught report shows both, chained implicitly.
def cleanup():
    raise RuntimeError("cleanup failed")


def work():
    try:
        print("working")
        raise ValueError("work failed")
    finally:
        print("cleaning up")
        cleanup()


work()
