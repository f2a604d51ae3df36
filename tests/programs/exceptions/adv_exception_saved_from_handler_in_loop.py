# exception kept in a variable assigned from the except-as name inside a loop
err = ValueError("none yet")
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
    except KeyError as e:
        err = e
print(repr(err))
