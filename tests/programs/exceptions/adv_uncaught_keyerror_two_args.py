# uncaught KeyError with two args prints the args tuple
raise KeyError("a", "b")
