# uncaught KeyError() prints just "KeyError"
raise KeyError()
