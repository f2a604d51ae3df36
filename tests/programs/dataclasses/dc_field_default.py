# field(default=...) behaves like a plain default; mixed with default_factory and plain defaults
from dataclasses import dataclass, field


@dataclass
class Settings:
    host: str
    port: int = field(default=8080)
    timeout: float = field(default=2.5)
    debug: bool = False
    paths: list[str] = field(default_factory=list)


print(Settings("localhost"))
print(Settings("a", 1))
print(Settings("b", timeout=0.25))
s = Settings("c", 3, 4.0, True, ["/x"])
print(s)
s.port = 9000
s.paths.append("/y")
print(s.port, s.paths)
print(Settings("a", 8080) == Settings("a"))
