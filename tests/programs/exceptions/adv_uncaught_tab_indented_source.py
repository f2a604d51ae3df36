# uncaught error in a tab-indented function: traceback strips the indentation
def f(x):
	return 10 // x
print(f(2))
f(0)
