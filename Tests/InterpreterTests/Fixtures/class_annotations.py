# A class body records its annotations in __annotations__ (functions do not keep theirs here).
class C:
    x: int = 1
    y: str
print(C.__annotations__ if hasattr(C, "__annotations__") else "none", C.x)
def f(a: int, b: float = 2.0) -> str:
    return str(a)
print(f(3))
