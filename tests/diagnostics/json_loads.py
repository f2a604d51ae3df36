import json

print(json.dumps({"a": 1}))
data = json.loads("{\"a\": 1}")  # error: [unsupported-import]
