# uncaught: exception raised in a function called from finally while another propagates
def cleanup():
    raise RuntimeError("cleanup failed")
def work():
    try:
        raise ValueError("work failed")
    finally:
        cleanup()
work()
