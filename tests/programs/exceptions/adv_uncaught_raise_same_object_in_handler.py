# uncaught: raising the handled exception object again by name: no self-chain
e = ValueError("self")
try:
    raise e
except ValueError:
    raise e
