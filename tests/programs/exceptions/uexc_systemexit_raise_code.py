# raise SystemExit(3) after a caught user exception: exit status 3, nothing on stderr
class Fatal(Exception):
    pass


code = 0
try:
    raise Fatal("fatal problem")
except Fatal as e:
    print("caught", e)
    code = 3
print("exiting with", code)
raise SystemExit(code)
print("not reached")
