# An index inside a str.format field is evaluated at run time: out of range raises IndexError.
scores = [90, 85, 77]
print("first={0[0]} last={0[2]}".format(scores))
scores.pop()
print("first={0[0]} now={0[1]}".format(scores))
print("third={0[2]}".format(scores))
