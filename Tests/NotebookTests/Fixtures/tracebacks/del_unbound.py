def reset():
    del cache


cache = {}
reset()
