from collections import deque

WORDS = ["hit", "hot", "dot", "dog", "cog", "lot", "log", "hog", "cot", "cat", "bat", "bag", "big", "dig", "dug"]

def neighbors(w, words):
    out = []
    for i in range(len(w)):
        for c in "abcdefghijklmnopqrstuvwxyz":
            if c != w[i]:
                cand = w[:i] + c + w[i + 1:]
                if cand in words:
                    out.append(cand)
    return out

def ladder(start, goal):
    words = set(WORDS)
    q = deque([start])
    parent = {start: ""}
    while q:
        w = q.popleft()
        if w == goal:
            path = deque()
            while w:
                path.appendleft(w)
                w = parent[w]
            return list(path)
        for n in neighbors(w, words):
            if n not in parent:
                parent[n] = w
                q.append(n)
    return []

for s, g in [("hit", "cog"), ("cat", "dug"), ("hit", "bat"), ("dog", "dog"), ("hit", "zzz")]:
    p = ladder(s, g)
    print(s, g, len(p), " -> ".join(p))
def is_pal(s):
    d = deque(c.lower() for c in s if c.isalnum())
    while len(d) > 1:
        if d.popleft() != d.pop():
            return False
    return True
for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "", "ab", "Was it a car or a cat I saw?"]:
    print(repr(s), is_pal(s))
