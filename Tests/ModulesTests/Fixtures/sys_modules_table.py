# sys.modules: the imported modules by name, the same dict before and after an import.
import sys
m = sys.modules
print('sys' in m, 'json' in m, type(m).__name__)
import json
print('json' in m, m['json'] is json, sys.modules is m)
import os.path
print('os' in sys.modules, 'os.path' in sys.modules)
