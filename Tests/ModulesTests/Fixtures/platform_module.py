# platform and os.uname: the machine as uname(2) gives it, the C library's version, the
# platform string's shape (the values differ between machines, so the test compares them).
import platform as p
print(p.system(), p.machine(), p.release() == __import__('os').uname().release, p.architecture(), p.libc_ver()[0], p.libc_ver()[1].count('.') >= 1, p.processor())
print(p.platform().startswith(p.system() + '-' + p.release()), p.platform().endswith(p.machine() + '-with-glibc' + p.libc_ver()[1]))
u = p.uname()
print(u.system, u.machine, u[0], len(u) if False else '', p.node() == u.node)
print(p.python_version()[:4], p.python_version_tuple()[:2])
import os; u = os.uname(); print(u.sysname, u.machine, u[0], repr(u).startswith('posix.uname_result(sysname='))
