# kiln's iterators are values: a loop over an iterator kept in a variable is refused, since a
# second loop over it would start again where CPython's resumes.
xs = [1, 2, 3]
it = iter(xs)
for x in it:  # error: [unsupported-iteration]
    break
print(sum(xs))
