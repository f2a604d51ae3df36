# len counts code points, not bytes or user-perceived characters.
print(len(""), len("a"), len("hello"), len("héllo"), len("日本"), len("日本語テキスト"))
print(len("😀"), len("👍🏽"), len("e\u0301"), len("\u00e9"), len("ß"), len("Ω≈ç√"))
print(len("tab\there"), len("new\nline"), len("\\"), len("\x00"), len("\u2603"))
s = "héllo, 日本! 😀"
print(s, len(s))
t = ""
for i in range(100):
    t = t + "日"
print(len(t), len(t * 3))
print(len("abc" + "日本"), len("é" * 10))
print("ünïcödé", "Ελληνικά", "русский", "עברית", "中文")
