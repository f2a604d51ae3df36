# uncaught KeyError('') prints "KeyError: ''"
raise KeyError("")
