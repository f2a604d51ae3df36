# Classic FizzBuzz with nested conditions and string building.
def fizzbuzz(n):
    out = ""
    if n % 3 == 0:
        out = out + "Fizz"
    if n % 5 == 0:
        out = out + "Buzz"
    if out == "":
        out = str(n)
    return out


line = ""
for i in range(1, 31):
    line = line + fizzbuzz(i)
    if i % 10 == 0:
        print(line)
        line = ""
    else:
        line = line + " "
count = 0
for i in range(1, 1001):
    if i % 15 == 0:
        count = count + 1
    elif i % 3 == 0:
        pass
    elif i % 5 == 0:
        count = count + 100
print(count)
