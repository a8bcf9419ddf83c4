# Exceptions caught in a loop, one of them kept and later given as a cause: the kept one
# shows the traceback it had when caught (the frame that caught it included).
def parse(text):
    return float(text)


def parse_all(texts):
    failures = []
    for t in texts:
        try:
            parse(t)
        except ValueError as e:
            failures.append(e)
    return failures


failures = parse_all(["1.5", "x", "2.5e3", "", "y"])
print(len(failures), [str(e) for e in failures])
raise LookupError("first failure") from failures[0]
