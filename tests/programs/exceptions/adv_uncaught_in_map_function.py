# uncaught error in a function passed to map shows its frame
def sq(x):
    return 10 // x
print(list(map(sq, [1, 0])))
