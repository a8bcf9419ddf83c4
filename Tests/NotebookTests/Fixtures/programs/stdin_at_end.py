# Standard input that has ended (the tests give an empty one): sys.stdin reads nothing,
# input() writes its prompt in order with the program's output, then raises EOFError; the
# uncaught one ends the program as in Python.
import sys
print('before')
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines(), sys.stdin.name)
try:
    input('Your name: ')
except EOFError as e:
    print('EOFError:', e)
print(list(sys.stdin))
name = input('Again: ')
print('not reached', name)
