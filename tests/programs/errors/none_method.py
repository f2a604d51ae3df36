def name_of(i):
    return "ann" if i == 0 else None


print(name_of(0).upper())
print(name_of(1).upper())
