# Slices with every combination of sign, omitted bounds and steps, clipped bounds.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2], s[5:2], s[3:3])
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1])
print(s[-1:-11:-1], s[-2::-2], s[:-11:-1], s[100:], s[-100:3], s[3:100], s[-100:100:4])
print(s[5::-1], s[:5:-1], s[100::-1], s[-100::-1] + "|", s[::100], s[::-100])
for step in [1, 2, 3, -1, -2, -3]:
    print(step, s[1:8:step], s[8:1:step])
u = "héllo wörld 日本 😀!"
print(u[::-1], u[1:5], u[-3:], u[::2], u[12:14], u[-2:-1])
print(len(u[::-1]), u[::-1][::-1] == u)
