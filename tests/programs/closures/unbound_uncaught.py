def outer():
    def inner():
        return missing + 1
    result = inner()
    missing = 0
    return result


print("before")
outer()
