# KeyError str/repr for float, nan, quoted, tab, empty, unicode, tuple, bigint, bytes and bool keys
def show(d, k):
    try:
        return d[k]
    except KeyError as e:
        print("KeyError:", e, "|", repr(e), "|", [e], "|", f"{e!r}")
        return None
show({1.5: 1}, 2.5)
show({1.5: 1}, -0.0)
show({1.5: 1}, float("inf"))
show({1.5: 1}, float("nan"))
show({"a": 1}, "it's")
show({"a": 1}, 'say "hi"')
show({"a": 1}, "tab\there")
show({"a": 1}, "")
show({"a": 1}, "é∑")
show({(1, "a"): 1}, (2, "b"))
show({(1,): 1}, (2,))
show({10 ** 30: 1}, 10 ** 40)
show({b"x": 1}, b"y\x00")
show({True: 1}, False)
show({None: 1}, None) if False else None
