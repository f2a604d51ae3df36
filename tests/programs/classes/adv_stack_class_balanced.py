# a Stack class used to check balanced brackets; IndexError from pop
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def empty(self):
        return len(self.items) == 0
def balanced(s):
    st = Stack()
    pairs = {")": "(", "]": "[", "}": "{"}
    for ch in s:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if st.empty() or st.pop() != pairs[ch]:
                return False
    return st.empty()
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}"]:
    print(repr(s), balanced(s))
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
