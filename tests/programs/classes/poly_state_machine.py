# a state machine: each State subclass returns the next state (base-typed) for each input char
class State:
    def name(self):
        return "state"

    def on(self, ch):
        return self

    def accepting(self):
        return False


class Start(State):
    def name(self):
        return "start"

    def on(self, ch):
        if ch == "-" or ch == "+":
            return Sign()
        if ch.isdigit():
            return Digits()
        return Error()


class Sign(State):
    def name(self):
        return "sign"

    def on(self, ch):
        if ch.isdigit():
            return Digits()
        return Error()


class Digits(State):
    def name(self):
        return "digits"

    def on(self, ch):
        if ch.isdigit():
            return self
        if ch == ".":
            return Frac()
        return Error()

    def accepting(self):
        return True


class Frac(State):
    def name(self):
        return "frac"

    def on(self, ch):
        if ch.isdigit():
            return FracDigits()
        return Error()


class FracDigits(Digits):
    def name(self):
        return "fracdigits"

    def on(self, ch):
        if ch.isdigit():
            return self
        return Error()


class Error(State):
    def name(self):
        return "error"


def run(text):
    st = Start()
    trace = [st.name()]
    for ch in text:
        st = st.on(ch)
        trace.append(st.name())
    return st.accepting(), trace


for s in ["42", "-7", "3.14", "+", "1.", "1.2.3", "", "x9", "-0.5"]:
    ok, trace = run(s)
    print(repr(s), ok, "/".join(trace))
