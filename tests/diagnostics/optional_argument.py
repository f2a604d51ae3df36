# A value that may be None, passed where CPython would raise only when it is None.
def label(flag):
    if flag:
        return "text"
    return None


s = label(True)
print(len(s))  # error: [unsupported-call]
if s is not None:
    print(len(s))
