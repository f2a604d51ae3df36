# uncaught ValueError(None) prints "ValueError: None"
raise ValueError(None)
