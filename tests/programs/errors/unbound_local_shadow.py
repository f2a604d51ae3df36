# Assigning a name anywhere in a function makes it local everywhere in it.
count = 10


def bump():
    print("bumping")
    count = count + 1
    return count


print(count)
print(bump())
