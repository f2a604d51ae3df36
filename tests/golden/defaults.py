scale = 2.5


def area(w, h=3, unit="m"):
    return f"{w * h * scale} {unit}^2"


def bump():
    global scale
    scale = scale * 2


print(area(2))
bump()
print(area(2, unit="cm"), area(h=1, w=4))
