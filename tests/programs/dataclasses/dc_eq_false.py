# @dataclass(eq=False): no generated __eq__, so == falls back to identity
from dataclasses import dataclass


@dataclass(eq=False)
class Token:
    kind: str
    text: str


a = Token("name", "x")
b = Token("name", "x")
c = a
print(a)
print(a == b, a != b)
print(a == c, a != c)
toks = [a, b]
print(Token("name", "x") in toks)
print(b in toks, toks.index(b))
print(toks.count(a))
seen = {}
seen[a] = 1
seen[b] = 2
print(len(seen), seen[a], seen[b])
