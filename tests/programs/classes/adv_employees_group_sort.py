# grouping, sorting, max/min with key, zip/enumerate over a list of instances
class Emp:
    def __init__(self, name, dept, salary):
        self.name = name
        self.dept = dept
        self.salary = salary
    def __repr__(self):
        return f"Emp({self.name!r}, {self.salary})"
emps = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cy", "eng", 100), Emp("di", "ops", 95)]
by_dept = {}
for e in emps:
    by_dept.setdefault(e.dept, []).append(e)
print(by_dept)
print(sorted(emps, key=lambda e: e.salary))
print(sorted(emps, key=lambda e: (e.dept, -e.salary)))
print(max(emps, key=lambda e: e.salary), min(emps, key=lambda e: e.name))
print(sum([e.salary for e in emps]), [e.name for e in emps if e.salary > 95])
for i, (a, b) in enumerate(zip(emps, emps[1:])):
    print(i, a.name, b.name)
top = {e.name: e for e in emps}
print(top["cy"].salary, list(top))
