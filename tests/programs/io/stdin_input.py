# input(), sys.stdin's methods, a for loop over sys.stdin, and EOFError at the end.
import sys

name = input("name? ")
print("hello", name)
n = int(input())
total = 0
for i in range(n):
    total += int(sys.stdin.readline())
print("total", total)
print(repr(sys.stdin.readline()))
words = []
for line in sys.stdin:
    words.extend(line.split())
print(words)
print(repr(sys.stdin.read()), sys.stdin.readlines(), repr(sys.stdin.readline()))
try:
    input("more? ")
except EOFError as e:
    print("EOF:", e)
input()
