"""calc: lexer -> parser -> evaluator for a tiny expression language with variables."""
