# field(default_factory=dict): a word counter whose dict field is per instance
from dataclasses import dataclass, field


@dataclass
class WordCount:
    source: str
    counts: dict[str, int] = field(default_factory=dict)
    total: int = 0

    def feed(self, text: str) -> None:
        for w in text.split():
            self.counts[w] = self.counts.get(w, 0) + 1
            self.total += 1


a = WordCount("a")
b = WordCount("b")
a.feed("the cat and the hat")
b.feed("a b a")
print(a)
print(b)
print(a.counts is b.counts, a.total + b.total)
top = sorted(a.counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[0])
print(WordCount("z") == WordCount("z", {}, 0))
