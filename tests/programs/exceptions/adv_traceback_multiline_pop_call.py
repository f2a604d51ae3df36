# uncaught IndexError from a pop() call whose argument is on another line
xs = [1]
xs.pop(
    5
)
