# Leaderboard report: per-player best score kept as Optional[int], printed in aligned columns.
from typing import Optional

GAMES = [("ann", 120), ("bob", 95), ("ann", 180), ("cyd", 0), ("bob", 130), ("ann", 150), ("dee", -1)]
PLAYERS = ["ann", "bob", "cyd", "dee", "eve"]


def best_score(player: str) -> Optional[int]:
    best: Optional[int] = None
    for name, score in GAMES:
        if name != player or score < 0:
            continue
        if best is None or score > best:
            best = score
    return best


print(f"{'player':<8}{'best':>6}{'games':>7}")
print("-" * 21)
ranked: list[tuple[int, str]] = []
for p in PLAYERS:
    b = best_score(p)
    games = sum(1 for n, _ in GAMES if n == p)
    if b is None:
        print(f"{p:<8}{'-':>6}{games:>7}")
    else:
        ranked.append((b, p))
        print(f"{p:<8}{b:>6}{games:>7}")
ranked.sort(reverse=True)
print("ranking:", [p for _, p in ranked])
top = best_score(ranked[0][1])
print(f"top score: {top:>5}")
print(f"eve's best: {best_score('eve')}")
