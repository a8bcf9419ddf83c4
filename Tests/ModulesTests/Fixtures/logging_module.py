import sys
import logging
sys.stderr = sys.stdout
log = logging.getLogger("train")
log.warning("no handler yet: %d", 1)
log.info("not shown")
logging.warning("root warning %s", "x")
logging.info("root info hidden")
logging.basicConfig(level=logging.DEBUG)
logging.info("still default format? %s", "yes")
logging.basicConfig(level=logging.DEBUG, format="%(name)s | %(levelname)-8s | %(message)s", force=True, stream=sys.stdout)
logging.debug("debug %d", 5)
log.info("epoch %d loss %.4f", 3, 0.123456)
log.setLevel(logging.ERROR)
log.warning("filtered")
log.error("error shown")
child = logging.getLogger("train.data")
child.info("child info uses train's level? no: %s", child.getEffectiveLevel())
child.error("child error")
print(log, child, logging.getLogger() is logging.root, logging.getLevelName(20), logging.getLevelName("INFO"), logging.getLevelName(25))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.warning("own handler %s", {"a": 1})
other.critical("dict args %(x)s", {"x": 42})
other.log(35, "custom level")
logging.addLevelName(35, "NOTICE")
other.log(35, "named level")
fmt = logging.Formatter("{levelname}:{message}", style="{")
h.setFormatter(fmt)
other.error("brace style")
import io
buf = io.StringIO()
captured = logging.StreamHandler(buf)
captured.setFormatter(fmt)
other.removeHandler(h)
other.addHandler(captured)
try:
    1 / 0
except ZeroDivisionError:
    other.exception("failed")
print(buf.getvalue().replace(__file__, "FILE"), end="")
other.removeHandler(captured)
other.addHandler(h)
logging.disable(logging.CRITICAL)
other.critical("disabled")
logging.disable(logging.NOTSET)
other.critical("enabled again")
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print("ValueError:", e)
