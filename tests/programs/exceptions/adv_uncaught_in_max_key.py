# uncaught IndexError in a max() key function
def k(x):
    return [1][x]
print(max([0, 1], key=k))
