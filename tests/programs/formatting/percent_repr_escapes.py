# %r, %s and %a on strings with quotes, escapes, non-ASCII text and nested containers.
strs = ["plain", "it's", 'say "hi"', "both ' \"", "tab\there", "nl\n", "back\\", "é", "日本", "😀", "\x00\x1f\x7f"]
for s in strs:
    print("%s|%r|%a|%10r|%-12a|" % (s, s, s, s, s))
nested = [["a'b"], ["c\"d", "é"]]
print("%s" % (nested,))
print("%r" % (nested,))
print("%a" % (nested,))
pairs = {"ké": ("v'1", "v\"2")}
print("%s %a" % (pairs, pairs))
print("%r %r %r" % (None, 1.5, (1,)))
print("%.3r|%.4a|%5.2s|" % ("abcdef", "éèê", "xyz"))
