# Module-level code reading a variable that is only assigned further down.
print("start")
total = 0
for i in range(3):
    total = total + i
print(total)
print(grand_total)
grand_total = total * 2
