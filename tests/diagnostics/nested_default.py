# kiln keeps one set of defaults per `def`: a nested `def` (made on every call of the function
# around it) may only have constant defaults.
def make(n):
    def get(x=n):  # error: [unsupported-default]
        return x
    return get


print(make(1)(), make(2)())
