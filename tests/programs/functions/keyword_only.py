# Keyword-only parameters (after `*`), with defaults, in functions and methods.
def connect(host: str, port: int = 80, *, timeout: float = 5.0, retries: int = 3) -> str:
    return f"{host}:{port} t={timeout} r={retries}"


def tag(name, *, cls="x", id_="y"):
    return f"<{name} class={cls} id={id_}>"


def solo(*, flag=False):
    return "on" if flag else "off"


print(connect("a"), connect("b", 8080), connect("c", timeout=1.5), connect("d", retries=0, port=1))
print(tag("div"), tag("p", id_="main"), tag(name="span", cls="c"))
print(solo(), solo(flag=True))


class Shape:
    def __init__(self, name, *, sides=0):
        self.name = name
        self.sides = sides

    def describe(self, *, verbose=False):
        return f"{self.name}/{self.sides}" + ("!" if verbose else "")


s = Shape("tri", sides=3)
print(s.describe(), s.describe(verbose=True), Shape("dot").describe())
