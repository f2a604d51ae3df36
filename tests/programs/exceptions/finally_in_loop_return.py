# return from a loop inside try/finally: a finally inside the loop runs per iteration, the outer one once.
def find(items, target):
    try:
        for i in range(len(items)):
            try:
                if items[i] == target:
                    return i
            finally:
                print("  checked", i)
        return -1
    finally:
        print("  search finished for", target)


print(find([5, 6, 7], 6))
print(find([5, 6, 7], 9))
print(find([], 1))
