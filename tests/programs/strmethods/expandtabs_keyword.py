# str.expandtabs by keyword.
print("a\tb".expandtabs(tabsize=4), "a\tb".expandtabs(2), "x\ty".expandtabs())
