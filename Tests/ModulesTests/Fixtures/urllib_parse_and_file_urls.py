# urllib.parse (splitting, joining by RFC 3986's examples, quoting, query strings) and
# urllib.request on file: URLs (urlopen, urlretrieve with a progress hook, the errors).
import os
import tempfile
import urllib.parse
import urllib.request
from urllib import request
from urllib.error import HTTPError, URLError

work = tempfile.mkdtemp()
here = os.path.join(work, "data.txt")
with open(here, "w") as f:
    f.write("line one\nline two\n" * 700)
url = "file://" + here
with urllib.request.urlopen(url) as r:
    print(r.read()[:18], r.status, r.getcode(), r.geturl() == url, r.headers["Content-length"])
r = request.urlopen(url)
print(r.readline(), len(r.readlines()), r.read())
name, headers = urllib.request.urlretrieve(url)
print(name == here, headers["Content-length"])
calls = []
name, headers = urllib.request.urlretrieve(url, os.path.join(work, "copy.txt"),
                                           lambda b, bs, t: calls.append((b, bs, t)))
print(os.path.basename(name), os.path.getsize(name), calls)
for bad in ["file://" + os.path.join(work, "missing.txt"), "nosuchscheme://x", "relative/path",
            "http://127.0.0.1:1/"]:
    try:
        urllib.request.urlopen(bad)
    except URLError as e:
        print("URLError", str(e).replace(work, "WORK"), type(e.reason).__name__)
    except ValueError as e:
        print("ValueError", e)
req = urllib.request.Request("http://example.com/a?b=1#f", headers={"User-Agent": "me", "x-test": "1"})
print(req.full_url, req.type, req.host, req.selector, req.get_method(), sorted(req.header_items()),
      req.has_header("User-agent"), req.get_header("X-test"))
p = urllib.parse.urlparse("HTTP://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag")
print(p, p.hostname, p.port, p.username, p.password, p.geturl())
print(urllib.parse.urlsplit("https://[::1]:443/x?y#z"), urllib.parse.urlsplit("https://[::1]:443/x").hostname)
print(urllib.parse.urlunparse(("http", "h", "/p", "", "q=1", "")), urllib.parse.urlunsplit(("file", "", "/tmp/x", "", "")))
base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "",
            ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "g.",
            ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h"]:
    print(repr(rel), urllib.parse.urljoin(base, rel))
print(urllib.parse.urljoin("http://yann.lecun.com/exdb/mnist/", "train-images-idx3-ubyte.gz"))
print(urllib.parse.quote("a b/c?d=é&"), urllib.parse.quote("a b", safe=""), urllib.parse.quote_plus("a b&c/d"),
      urllib.parse.quote(b"\x00\xff"))
print(urllib.parse.unquote("a%20b%2Fc%C3%A9%zz%4"), urllib.parse.unquote_plus("a+b%2B"), urllib.parse.unquote("%E9"))
print(urllib.parse.urlencode({"a": 1, "b": "x y", "c": "é"}), urllib.parse.urlencode([("k", [1, 2])], doseq=True))
print(urllib.parse.parse_qs("a=1&a=2&b=x+y&c="), urllib.parse.parse_qsl("a=1&b=&c", keep_blank_values=True),
      urllib.parse.urldefrag("http://x/y#z"))
try:
    urllib.parse.urlparse("http://x:abc/").port
except ValueError as e:
    print(e)
e = HTTPError("http://x", 404, "Not Found", None, None)
print(e, repr(e), e.code, e.reason, isinstance(e, URLError), isinstance(e, OSError))
import shutil
shutil.rmtree(work)
print(os.path.exists(work))
