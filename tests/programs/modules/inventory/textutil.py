print("loading textutil as", __name__)


def indent(text, n):
    return " " * n + text


def title_case(text):
    return " ".join(word[0].upper() + word[1:] for word in text.split())


if __name__ == "__main__":
    print("textutil is never the script here")
