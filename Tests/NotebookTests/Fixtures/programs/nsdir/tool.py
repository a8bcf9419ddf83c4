NAME = "a module in a directory without __init__.py"
