# Comprehensions over strings and producing strings.
s = "Hello, World"
print([c for c in s if c.isupper()])
print([c.lower() if c.isupper() else c.upper() for c in s])
print([s[i:i + 3] for i in range(0, len(s), 3)])
vowels = {c for c in s.lower() if c in "aeiou"}
print(sorted(vowels))
counts = {c: s.count(c) for c in s if c.isalpha()}
print(counts)
print([w[::-1] for w in s.split(", ")])
