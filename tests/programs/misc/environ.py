import os.path
import os

print(type(os.environ["PATH"]).__name__, "PATH" in os.environ, "KILN_NOPE_VAR" in os.environ)
print(os.getenv("KILN_NOPE_VAR"), os.getenv("KILN_NOPE_VAR", "dflt"), os.getenv("KILN_NOPE_VAR") is None)
os.environ["KILN_TEST_A"] = "alpha"
print(os.getenv("KILN_TEST_A"), os.environ.get("KILN_TEST_A", ""), os.environ["KILN_TEST_A"])
os.environ.setdefault("KILN_TEST_B", "beta")
print(os.environ["KILN_TEST_B"])
del os.environ["KILN_TEST_A"]
print(os.getenv("KILN_TEST_A", "gone"), len(os.environ) > 0)
keys = [k for k in os.environ if k.startswith("KILN_TEST")]
print(sorted(keys))
os.environ.pop("KILN_TEST_B")
print(os.environ.get("KILN_TEST_B", "popped"))
cwd = os.getcwd()
print(os.path.isabs(cwd), os.path.isdir(cwd), os.path.abspath(".") == cwd, os.path.abspath("x/..") == cwd)
print(os.path.abspath("sub") == os.path.join(cwd, "sub"), os.listdir(cwd) == os.listdir("."))
print(os.path.basename(os.path.abspath("deep/file.txt")), os.path.dirname(os.path.abspath("f")) == cwd)
print(os.path.expanduser("noexpand"), os.path.expanduser("x/~/y"), os.path.expanduser("~") == os.path.expanduser("~/"))
try:
    print(os.environ["KILN_NOPE_VAR"])
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["KILN_NOPE_VAR2"]
except KeyError as e:
    print("KeyError", e)
