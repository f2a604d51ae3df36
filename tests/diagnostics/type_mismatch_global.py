level = 0
def promote():
    global level
    level = "high"  # error: [type-mismatch]
promote()
print(level)
