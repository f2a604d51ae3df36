cache = None
hits = 0


def get_cache():
    global cache, hits
    if cache is None:
        cache = [1, 2, 3]
    else:
        hits += 1
    return cache


print(cache)
print(get_cache())
print(get_cache(), hits)
print(cache)
limit = None
print("limit", limit)
limit = 10
print("limit", limit, limit + 1)
