# Debug dump of settings: prints each value's type name; one list setting starts out empty.
def describe(name: str, value: list[str]) -> str:
    return f"{name:<10} {type(value).__name__:<6} len={len(value)} {value!r}"


def describe_map(name: str, value: dict[str, int]) -> str:
    return f"{name:<10} {type(value).__name__:<6} len={len(value)} {value!r}"


print(describe("plugins", ["auth", "cache"]))
print(describe("excluded", []))
print(describe_map("limits", {"cpu": 2}))
print(describe_map("overrides", {}))
print(type(3.5).__name__, type("s").__name__, type((1, 2)).__name__, type({1}).__name__)
