# Raising and catching thousands of times in a loop stays correct (exception state is reset each time).
caught = 0
total = 0
for i in range(20000):
    try:
        if i % 7 == 0:
            raise ValueError("seven")
        if i % 11 == 0:
            total += [0][i]
        total += i
    except ValueError:
        caught += 1
    except IndexError:
        caught += 100
print(caught, total)
