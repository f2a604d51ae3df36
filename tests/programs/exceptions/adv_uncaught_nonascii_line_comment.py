# uncaught IndexError on a line with non-ASCII text and a trailing comment
s = "héllo wörld ∑"
print(s)
print(s[99])  # comment with ünïcode
