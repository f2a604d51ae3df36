# Escape sequences and the different string literal forms.
print("tab:\t|")
print("newline:\nsecond line")
print("backslash: \\ quote: \" apostrophe: \'")
print('single quoted "double" inside')
print("unicode: \u00e9 \u65e5 \U0001F600 \N{GREEK SMALL LETTER ALPHA}")
print("hex: \x41\x42\x43 octal: \101\102")
print(r"raw: \n \t \\")
print("""triple
quoted""")
print('''also
triple''')
print("implicit " "concatenation " 'of literals')
print("carriage\rreturn")
print(len("\t\n\\"), len(r"\t\n\\"))
print("bell\a and null\0 end")
