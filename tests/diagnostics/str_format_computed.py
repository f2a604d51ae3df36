template = "{} and " + "{}"
print(template.format(1, 2))  # error: [unsupported-call]
