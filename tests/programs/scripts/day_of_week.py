# Day of the week with Zeller's congruence and leap-year counting.
def is_leap(y):
    return (y % 4 == 0 and y % 100 != 0) or y % 400 == 0


def day_name(d):
    if d == 0:
        return "Saturday"
    elif d == 1:
        return "Sunday"
    elif d == 2:
        return "Monday"
    elif d == 3:
        return "Tuesday"
    elif d == 4:
        return "Wednesday"
    elif d == 5:
        return "Thursday"
    return "Friday"


def zeller(day, month, year):
    if month < 3:
        month = month + 12
        year = year - 1
    k = year % 100
    j = year // 100
    return (day + 13 * (month + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7


print("1970-01-01", day_name(zeller(1, 1, 1970)))
print("2000-02-29", day_name(zeller(29, 2, 2000)))
print("1969-07-20", day_name(zeller(20, 7, 1969)))
print("2038-01-19", day_name(zeller(19, 1, 2038)))
leaps = 0
for y in range(1900, 2101):
    if is_leap(y):
        leaps += 1
print("leap years 1900-2100:", leaps, is_leap(1900), is_leap(2000), is_leap(2024))
fridays = 0
for y in range(1901, 2001):
    for m in range(1, 13):
        if zeller(13, m, y) == 6:
            fridays += 1
print("Friday the 13ths in the 20th century:", fridays)
