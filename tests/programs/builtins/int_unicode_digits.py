# int() and float() accept any Unicode decimal digits and Unicode whitespace.
print(int("٣"), int("١٢٣"), int("४२"), int("１２３"), int("\u00a0 5 \u2003"))
print(float("١.٥"), float("１２.５"), float("\u3000 2.5e1 "))
print(int("-١٠") + 1, float("-٣.٢٥") * 2)
