# `del` of locals and globals: reading them afterwards raises like CPython.
count = 3
del count
try:
    print(count)
except NameError as e:
    print("global:", e)


def local():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        print("local:", e)
        return -1


print(local())
count = 5
print(count)
