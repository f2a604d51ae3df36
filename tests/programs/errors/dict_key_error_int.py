# Looking up a missing int key raises KeyError.
squares = {i: i * i for i in range(5)}
print(squares[4])
print(squares[-7])
