# The OSError family and the other errors files raise, caught.

def attempt(label, opener):
    try:
        with opener() as f:
            print(label, "opened", f.mode)
    except FileNotFoundError as e:
        print(label, "FileNotFoundError", e)
    except IsADirectoryError as e:
        print(label, "IsADirectoryError", e)
    except NotADirectoryError as e:
        print(label, "NotADirectoryError", e)
    except OSError as e:
        print(label, "OSError", type(e).__name__, e)
    except ValueError as e:
        print(label, "ValueError", e)


attempt("missing", lambda: open("no_such_file.txt", "r"))
attempt("missing dir", lambda: open("no_such_dir/file.txt", "w"))
attempt("directory", lambda: open(".", "r"))
with open("plain.txt", "w") as f:
    f.write("x")
attempt("under a file", lambda: open("plain.txt/inner", "r"))
attempt("bad mode", lambda: open("plain.txt", "rw"))
attempt("bad mode", lambda: open("plain.txt", "rr"))
attempt("no mode", lambda: open("plain.txt", "+"))
attempt("good", lambda: open("plain.txt", "r"))

try:
    open("no_such_file.txt")
except OSError as e:
    print(isinstance(e, FileNotFoundError), isinstance(e, OSError), isinstance(e, Exception))

try:
    open("no_such_file.txt")
except IOError as e:
    print("IOError is OSError:", type(e).__name__)

try:
    open("no_such_file.txt")
except EnvironmentError:
    print("EnvironmentError too")

f = open("plain.txt")
f.close()
for op in ["read", "readline", "write", "iterate"]:
    try:
        if op == "read":
            f.read()
        elif op == "readline":
            f.readline()
        elif op == "write":
            f.write("y")
        else:
            for line in f:
                print(line)
    except ValueError as e:
        print(op, "ValueError", e)

with open("plain.txt", "w") as w:
    try:
        w.read()
    except OSError as e:
        print("read a write-only file:", type(e).__name__, e)
    try:
        w.readline()
    except ValueError as e:
        print("ValueError too:", e)
with open("plain.txt") as r:
    try:
        r.write("z")
    except OSError as e:
        print("write a read-only file:", e)

def raise_own():
    raise FileNotFoundError("custom message")

try:
    raise_own()
except OSError as e:
    print(type(e).__name__, e, e.args)
