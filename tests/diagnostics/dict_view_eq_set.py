cfg = {"host": "x", "port": "1"}
print(set(cfg.keys()) == {"host", "port"})
print(cfg.keys() == {"host", "port"})  # error: [unsupported-operation]
