def kw(**kwargs):
    return kwargs
print(kw(**{}))
