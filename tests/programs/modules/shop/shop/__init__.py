"""A tiny shop package."""
VERSION = "1.2"
CURRENCY = "EUR"
print("shop package loaded")
