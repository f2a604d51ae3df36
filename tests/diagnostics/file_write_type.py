with open("out.txt", "w") as f:
    f.write("fine\n")
    f.write(42)  # error: [type-error]
