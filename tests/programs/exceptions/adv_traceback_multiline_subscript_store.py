# traceback of a multi-line subscript assignment
x = [1]
x[
  3
] = 5
