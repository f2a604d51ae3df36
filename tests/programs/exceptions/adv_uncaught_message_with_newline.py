# uncaught exception whose message contains a newline
raise ValueError("line1\nline2")
