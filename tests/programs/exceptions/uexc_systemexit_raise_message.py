# raise SystemExit("bye") from a handler of a user exception: message on stderr, exit status 1
class Fatal(Exception):
    pass


def run():
    try:
        raise Fatal("cannot continue")
    except Fatal as e:
        print("handler:", e)
        raise SystemExit("bye: " + str(e))


run()
print("not reached")
