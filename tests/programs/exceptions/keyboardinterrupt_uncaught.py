# An uncaught KeyboardInterrupt is reported, then ends the process by SIGINT, as CPython does.
def f():
    print("about to stop")
    raise KeyboardInterrupt


try:
    f()
except KeyboardInterrupt:
    print("caught once")
f()
