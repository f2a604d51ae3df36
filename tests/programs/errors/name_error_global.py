# A global read by a function before the module assigned it.
def show():
    print("threshold is", threshold)


print("calling show early")
show()
threshold = 5
