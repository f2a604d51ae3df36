class E(Exception):
    pass
try:
    raise E("a", 2)
except E as e:
    print(e.args == (1,), e.args != ("a", 2), e.args < ("b", 0), hash(e.args) == hash(("a", 2)))
    seen = {e.args: 1}
    print(seen[("a", 2)], e.args in [("a", 2)], sorted([e.args, ("a", 1)]), max(e.args[1], 1))
    x, *rest = e.args
    print(x, rest)
