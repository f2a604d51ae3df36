# An exception raised inside an except clause is chained implicitly: "During handling of the above exception ...".
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        print("missing", key)
        raise ValueError(f"no entry for {key}")


t = {"a": 1}
print(lookup(t, "a"))
print(lookup(t, "b"))
