from textkit.tokens import words, sentences

DEFAULT_STOP = frozenset(["a", "an", "the", "and", "or", "of", "to", "is", "in"])
