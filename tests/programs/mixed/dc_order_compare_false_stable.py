# order=True with a compare=False field: sorting is stable, reverse keeps equal items in order
from dataclasses import dataclass, field
@dataclass(order=True)
class R:
    score: int
    name: str = field(compare=False)
rs = [R(2, "a"), R(1, "b"), R(2, "c"), R(1, "d"), R(3, "e"), R(2, "f")]
print([r.name for r in sorted(rs)])
print([r.name for r in sorted(rs, reverse=True)])
print(max(rs).name, min(rs).name)
rs.sort(key=lambda r: -r.score)
print([r.name for r in rs])
print(R(1, "x") == R(1, "y"), R(1, "x") <= R(1, "y"), R(1, "x") < R(1, "y"))
