# An uncaught nested exception group, with tracebacks inside the boxes.
def check_name(name):
    if not name:
        raise ValueError("name is empty")

def check_age(age):
    if age < 0:
        raise ValueError(f"age {age} is negative")
    if age > 150:
        raise OverflowError("age is implausible")

def validate(record):
    problems = []
    for check, value in [(check_name, record["name"]), (check_age, record["age"])]:
        try:
            check(value)
        except Exception as e:
            problems.append(e)
    if problems:
        raise ExceptionGroup(f"record {record['id']} invalid", problems)

def validate_all(records):
    failures = []
    for r in records:
        try:
            validate(r)
        except ExceptionGroup as eg:
            failures.append(eg)
    if failures:
        raise ExceptionGroup("validation failed", failures)

validate_all([
    {"id": 1, "name": "ann", "age": 30},
    {"id": 2, "name": "", "age": -1},
    {"id": 3, "name": "bob", "age": 200},
])
