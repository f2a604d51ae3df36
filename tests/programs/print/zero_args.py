# print() with no arguments prints just a newline.
print()
print("after one blank line")
print()
print()
print("after two blank lines")
for i in range(3):
    print()
print("end")
