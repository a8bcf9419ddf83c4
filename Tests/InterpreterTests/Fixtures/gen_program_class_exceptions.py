# Generated: class exceptions.
class AppError(Exception):
    pass
class ParseError(AppError):
    def __init__(self, line, message):
        super().__init__(f"line {line}: {message}")
        self.line = line
def parse(text):
    for i, part in enumerate(text.split(";"), 1):
        if not part.strip():
            raise ParseError(i, "empty statement")
    return "ok"
for text in ["a;b", "a;;b", ""]:
    try:
        print(parse(text))
    except AppError as e:
        print(type(e).__name__, e, e.line, e.args, isinstance(e, Exception))
try:
    raise AppError("plain", 2)
except Exception as e:
    print(repr(e), str(e), e.args)
