def risky():
    try:
        return [1, 2][5]
    except IndexError:
        print("logging and re-raising")
        raise

risky()
