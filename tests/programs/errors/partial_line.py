# Output without a trailing newline must still be flushed when an error ends the program.
def risky(d):
    return 100 % d


print("result:", risky(7))
print("partial line then crash:", end=" ")
print(risky(0))
