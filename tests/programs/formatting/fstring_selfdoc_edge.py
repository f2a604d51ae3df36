# Self-documenting fields and f-string corner cases: comparisons, nested quotes, raw strings.
a = 3
b = 3.0
d = {"k": "v"}
s = "x=y"
print(f"{a==b} {a == b = } {a!=b=} {a<=b=} {a>=b=}")
print(f"{d['k']=} {d['k'] = !s} {s=} {'=' =}")
print(f"{a = !r:^20}|{b=!s:>8}|{s=!a:<10}|")
print(f"{a=:{a}}|{b=:{a}.{a}f}|")
print(f"{  a  =  }|{a	=}|")
print(f"{a:=^9}|{a:=9}|{b:=+9.2f}|")
print(f"{'{'}{'}'}{{{a}}}")
print(f"{a if a > 2 else 0}", f"{[a, a]!r:>10}", f"{ {a: b} }")
print(f"{d!r}", f'{d["k"]}', f"{'''tri'''}", f"{'a' * a:>{a * 2}}")
print(f"{3.0=}", f"{1_000=}", f"{0x1f=}", f"{-a=}", f"{a=:#_b}")
print(f"{a!r:{'>'}{a + 3}}")
print(rf"\n{a}\t", fr"{s}\x")
print(f"{'é'=!a}")
print(F"{a}" f"{b}" "plain" f"{s!r}")
