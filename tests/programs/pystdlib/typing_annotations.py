# Annotations with the names of `typing`: accepted, not evaluated.
from dataclasses import dataclass
from typing import Dict, Iterator, List, Optional, Tuple, TYPE_CHECKING
import typing

if TYPE_CHECKING:
    print("only for type checkers")


def total(xs: List[int]) -> int:
    return sum(xs)


def lookup(d: Dict[str, int], k: str) -> Optional[int]:
    if k in d:
        return d[k]
    return None


def pairs(n: int) -> Iterator[Tuple[int, int]]:
    for i in range(n):
        yield i, i * i


@dataclass
class Point:
    x: float
    y: float
    tags: typing.List[str]


pair: Tuple[int, str] = (1, "a")
counts: Dict[str, int] = {}
counts["a"] = 1
print(total([1, 2, 3]), lookup({"a": 1}, "a"), lookup({}, "b"), pair, counts)
print(list(pairs(3)), Point(1.0, 2.0, ["p"]))
