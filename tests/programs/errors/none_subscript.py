def pick(flag):
    if flag:
        return [1, 2, 3]
    return None


print(pick(True)[0])
print(pick(False)[0])
