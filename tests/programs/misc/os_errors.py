import os

def show(label, fn):
    try:
        fn()
        print(label, "ok")
    except FileNotFoundError as e:
        print(label, "FNF", e, e.args)
    except FileExistsError as e:
        print(label, "FEE", e, e.args)
    except IsADirectoryError as e:
        print(label, "IAD", e, e.args)
    except NotADirectoryError as e:
        print(label, "NAD", e, e.args)
    except PermissionError as e:
        print(label, "PERM", e)
    except OSError as e:
        print(label, "OSE", type(e).__name__, e, e.args)

os.mkdir("d")
with open("d/f.txt", "w") as fh:
    fh.write("hello\n")
show("mkdir existing", lambda: os.mkdir("d"))
show("mkdir nested missing", lambda: os.mkdir("x/y"))
show("mkdir under file", lambda: os.mkdir("d/f.txt/z"))
show("listdir missing", lambda: os.listdir("nope"))
show("listdir file", lambda: os.listdir("d/f.txt"))
show("remove dir", lambda: os.remove("d"))
show("unlink missing", lambda: os.unlink("missing.txt"))
show("rmdir nonempty", lambda: os.rmdir("d"))
show("rmdir missing", lambda: os.rmdir("gone"))
show("rmdir file", lambda: os.rmdir("d/f.txt"))
show("rename missing", lambda: os.rename("a1", "b1"))
show("replace missing", lambda: os.replace("it's", "b1"))
show("getsize missing", lambda: os.path.getsize("zzz"))
show("makedirs exists", lambda: os.makedirs("d"))
show("makedirs exists ok", lambda: os.makedirs("d", exist_ok=True))
show("makedirs file exist_ok", lambda: os.makedirs("d/f.txt", exist_ok=True))
show("mkdir empty", lambda: os.mkdir(""))
show("listdir empty", lambda: os.listdir(""))
show("rename dir into file", lambda: os.rename("d", "d/f.txt"))
os.mkdir("e")
os.mkdir("e/sub")
show("rename dir over nonempty", lambda: os.rename("d", "e"))
show("rename file over dir", lambda: os.rename("d/f.txt", "e/sub"))
show("rename dir over file", lambda: os.rename("e/sub", "d/f.txt"))
print(os.path.getsize("d/f.txt"), os.path.exists("d"), os.path.isdir("d"), os.path.isfile("d"))
print(os.path.isfile("d/f.txt"), os.path.exists(""), os.path.isdir("."), os.path.exists("/"))
print(sorted(os.listdir(".")), sorted(os.listdir()))
os.remove("d/f.txt")
os.rmdir("d")
print(sorted(os.listdir(".")))
os.rmdir("e/sub")
os.rmdir("e")
print(os.listdir("."))
os.rmdir("nothing-here")
