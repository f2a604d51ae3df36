# format(value, spec) on every kind of value: an empty spec gives str(value).
nums = [1, 2, 3]
pair = (1, "two")
table = {"a": 1, "b": 2}
tags = {"x"}
words = ["it's", "ok"]
print(format(nums, ""), format(pair, ""), format(table, ""), format(tags, ""), format(words, ""))
print(format(None, ""), format(None), format(nums), format(True), format(2.50), format("s"))
print(format(12, ""), format(-0.0, ""), format(1e16, ""), format("text", ""))
print("[" + format(nums) + "]", len(format(table)), format([]) == str([]), format(()) == "()")
spec = ""
print(format(nums, spec), format(None, spec), format(1.25, spec), format(7, spec))
specs = ["", "10", "<10", ">10.3", "^10", "*^11", ".2"]
for sp in specs:
    print(repr(sp), "[" + format("kiln", sp) + "]", "[" + format(9, sp.replace(".3", "").replace(".2", "")) + "]", "[" + format(2.718281828, sp) + "]")
print(f"{nums} {pair} {table} {None} {tags}")
print(f"[{nums!s:>12}] [{None!s:^8}] [{pair!r:<14}]")
