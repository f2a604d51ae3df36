# An uncaught failing assert with an f-string message, after some output.
def mean(values):
    assert len(values) > 0, f"mean of an empty list (got {values})"
    return sum(values) / len(values)


print(mean([1.0, 2.0, 4.5]))
print(mean([]))
