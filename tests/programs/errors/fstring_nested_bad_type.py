# A nested spec field that produces an unknown presentation type fails at run time.
x = 1.5
for t in ["f", "e", "g", "%", "q"]:
    print(f"{x:{t}}")
