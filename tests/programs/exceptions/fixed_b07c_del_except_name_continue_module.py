for i in range(2):
    try:
        raise ValueError(i)
    except ValueError as e:
        if i == 0:
            del e
            continue
        print("kept", e)
print("end")
