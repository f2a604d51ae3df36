# the first matching except clause wins, even when a more specific one follows
class Base(Exception):
    pass


class Child(Base):
    pass


def run(k):
    if k == 0:
        raise Child("child")
    raise Base("base")


for k in range(2):
    try:
        run(k)
    except Base as e:
        print(k, "Base clause got", type(e).__name__)
    except Child as e:
        print(k, "Child clause (unreachable) got", type(e).__name__)

for k in range(2):
    try:
        run(k)
    except Child as e:
        print(k, "Child clause got", type(e).__name__)
    except Base as e:
        print(k, "Base clause got", type(e).__name__)

for k in range(2):
    try:
        run(k)
    except Exception as e:
        print(k, "Exception clause got", type(e).__name__)
    except Child:
        print("never")
