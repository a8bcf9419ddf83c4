# exit and quit, as Python's site module adds them: their repr, type, and SystemExit codes.
print(exit)
print(repr(quit))
print(type(exit).__name__)
print(callable(exit))
try:
    exit(3)
except SystemExit as e:
    print('code', e.code)
try:
    quit()
except SystemExit as e:
    print('code', e.code)
try:
    exit('bye')
except SystemExit as e:
    print('code', e.code)
