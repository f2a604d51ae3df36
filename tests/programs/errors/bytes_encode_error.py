# Encoding a character ASCII cannot hold raises UnicodeEncodeError.
text = "price: 5€"
print(text.encode("utf-8"))
print(text.encode("ascii"))
