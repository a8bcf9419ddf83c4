# An error inside a dict comprehension of the usual form: its own frame in the traceback,
# and the whole comprehension marked in the function that ran it.
def inverse(values):
    return {v: 1 / v for v in values if v != 2}


print(inverse([4, 2, 5]))
print(inverse([1, 0]))
