# '=' alignment is only for numbers.
s = "ab"
print(f"{s:>5}|{s:^5}|{5:=5}|")
print(f"{s:=5}")
