x = 1
print(x)
print(undefined_thing)  # error: [undefined-name]
