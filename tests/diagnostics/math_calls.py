# Calls of `math` functions with arguments CPython rejects are its TypeErrors at compile
# time; keyword arguments it does not take are refused.
import math

print(math.sqrt("4"))  # error: [type-error]
print(math.atan2(1.0))  # error: [type-error]
print(math.factorial(5.0))  # error: [type-error]
print(math.log())  # error: [type-error]
print(math.ldexp(1.0, 2.5))  # error: [type-error]
print(math.isclose(1.0))  # error: [type-error]
print(math.sqrt(x=4.0))  # error: [unsupported-call]
