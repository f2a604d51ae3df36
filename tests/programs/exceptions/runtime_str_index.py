# ValueError from str.index when the substring is absent; found substrings return their position.
def position(text, sub):
    try:
        return text.index(sub)
    except ValueError as e:
        print("not found:", repr(sub), "in", repr(text), "->", e)
        return -1


print("abc".index("c"))
try:
    print("abc".index("z"))
except ValueError as e:
    print("abc.index(z):", e)
print(position("hello world", "o w"))
print(position("hello world", "xyz"))
print(position("", "a"))
print(position("aaa", ""))
