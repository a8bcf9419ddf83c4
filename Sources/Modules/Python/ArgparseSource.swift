/// `argparse` written in the language itself: `ArgumentParser` with positional and optional
/// arguments (`type`, `default`, `choices`, `nargs`, `required`, `dest`, `metavar`, `help`,
/// the store/store_true/store_false/store_const/append/extend/count/help/version actions),
/// argument groups, `set_defaults`, `parse_known_args`, abbreviations, combined short flags,
/// and CPython's usage, help and error texts (exit status 2). Subparsers and mutually
/// exclusive groups are NotImplementedError.
enum ArgparseSource {
  static let text = #"""
    import sys as _sys
    import os as _os

    SUPPRESS = "==SUPPRESS=="
    OPTIONAL = "?"
    ZERO_OR_MORE = "*"
    ONE_OR_MORE = "+"
    REMAINDER = "..."


    class ArgumentError(Exception):
        def __init__(self, argument, message):
            self.argument_name = None if argument is None else _action_name(argument)
            self.message = message

        def __str__(self):
            if self.argument_name is None:
                return self.message
            return f"argument {self.argument_name}: {self.message}"


    class ArgumentTypeError(Exception):
        pass


    def _action_name(action):
        if action.option_strings:
            return "/".join(action.option_strings)
        if action.metavar not in (None, SUPPRESS):
            return action.metavar
        if action.dest not in (None, SUPPRESS):
            return action.dest
        return None


    class Namespace:
        def __init__(self, **kwargs):
            for name, value in kwargs.items():
                setattr(self, name, value)

        def __repr__(self):
            items = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
            return f"Namespace({items})"

        def __eq__(self, other):
            return isinstance(other, Namespace) and vars(self) == vars(other)

        def __contains__(self, key):
            return key in vars(self)


    class Action:
        def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                     choices=None, required=False, help=None, metavar=None, kind="store", version=None):
            self.option_strings = option_strings
            self.dest = dest
            self.nargs = nargs
            self.const = const
            self.default = default
            self.type = type
            self.choices = choices
            self.required = required
            self.help = help
            self.metavar = metavar
            self.kind = kind
            self.version = version

        def takes_values(self):
            return self.kind in ("store", "append", "extend")


    def _wrap(text, width):
        words = text.split()
        lines, line = [], ""
        for word in words:
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = word if not line else line + " " + word
        if line:
            lines.append(line)
        return lines


    class _Group:
        def __init__(self, parser, title, description=None):
            self._parser = parser
            self.title = title
            self.description = description
            self._group_actions = []

        def add_argument(self, *args, **kwargs):
            action = self._parser._add_action(args, kwargs)
            self._group_actions.append(action)
            return action


    class ArgumentParser:
        def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                     formatter_class=None, prefix_chars="-", fromfile_prefix_chars=None,
                     argument_default=None, conflict_handler="error", add_help=True,
                     allow_abbrev=True, exit_on_error=True):
            self.prog = _os.path.basename(_sys.argv[0]) if prog is None else prog
            self.usage = usage
            self.description = description
            self.epilog = epilog
            self.add_help = add_help
            self.allow_abbrev = allow_abbrev
            self.exit_on_error = exit_on_error
            self.argument_default = argument_default
            self.show_defaults = formatter_class is not None and \
                getattr(formatter_class, "__name__", "") == "ArgumentDefaultsHelpFormatter"
            self._actions = []
            self._defaults = {}
            self._positionals = _Group(self, "positional arguments")
            self._optionals = _Group(self, "options")
            self._groups = [self._positionals, self._optionals]
            if add_help:
                self._optionals.add_argument("-h", "--help", action="help", default=SUPPRESS,
                                             help="show this help message and exit")
            for parent in parents:
                for action in parent._actions:
                    if action.kind != "help":
                        group = self._optionals if action.option_strings else self._positionals
                        self._actions.append(action)
                        group._group_actions.append(action)

        # -- defining arguments
        def add_argument(self, *args, **kwargs):
            group = self._optionals if args and args[0][:1] == "-" else self._positionals
            return group.add_argument(*args, **kwargs)

        def add_argument_group(self, title=None, description=None):
            group = _Group(self, title, description)
            self._groups.append(group)
            return group

        def add_mutually_exclusive_group(self, required=False):
            raise NotImplementedError("argparse mutually exclusive groups are not supported yet")

        def add_subparsers(self, **kwargs):
            raise NotImplementedError("argparse subparsers are not supported yet")

        def set_defaults(self, **kwargs):
            self._defaults.update(kwargs)
            for action in self._actions:
                if action.dest in kwargs:
                    action.default = kwargs[action.dest]

        def get_default(self, dest):
            for action in self._actions:
                if action.dest == dest and action.default is not None:
                    return action.default
            return self._defaults.get(dest)

        def _add_action(self, args, kwargs):
            kind = kwargs.pop("action", "store")
            if not args or not args[0][:1] == "-":
                if len(args) != 1:
                    raise ValueError("invalid option string: must start with a character '-'")
                if "dest" in kwargs:
                    raise ValueError("dest supplied twice for positional argument")
                dest = args[0]
                options = []
                if kwargs.get("nargs") in ("?", "*") and "required" not in kwargs:
                    required = False
                else:
                    required = True
                kwargs["required"] = kwargs.get("required", required)
            else:
                options = list(args)
                dest = kwargs.pop("dest", None)
                if dest is None:
                    long = [o for o in options if o.startswith("--")]
                    dest = (long[0] if long else options[0]).lstrip("-").replace("-", "_")
            defaults = {"store_true": False, "store_false": True, "count": None}
            if kind in ("store_true", "store_false"):
                kwargs.setdefault("default", defaults[kind])
                kwargs["const"] = kind == "store_true"
                kwargs["nargs"] = 0
            elif kind in ("store_const", "append_const", "count", "help", "version"):
                kwargs["nargs"] = 0
            elif kind not in ("store", "append", "extend"):
                raise ValueError(f"unknown action \"{kind}\"")
            if kind == "extend":
                kwargs.setdefault("nargs", "+")
            if "default" not in kwargs and self.argument_default is not None:
                kwargs["default"] = self.argument_default
            version = kwargs.pop("version", None)
            action = Action(options, dest, kind=kind, version=version, **kwargs)
            self._actions.append(action)
            return action

        # -- help
        def _metavar(self, action):
            if action.metavar is not None:
                return action.metavar
            if action.choices is not None:
                return "{" + ",".join(str(c) for c in action.choices) + "}"
            return action.dest.upper() if action.option_strings else action.dest

        def _args_text(self, action, metavar):
            nargs = action.nargs
            if nargs is None:
                return metavar
            if nargs == "?":
                return f"[{metavar}]"
            if nargs == "*":
                return f"[{metavar} ...]"
            if nargs == "+":
                return f"{metavar} [{metavar} ...]"
            if nargs == 0:
                return ""
            return " ".join([metavar] * nargs)

        def _usage_parts(self):
            optionals, positionals = [], []
            for action in self._actions:
                if action.help == SUPPRESS:
                    continue
                if action.option_strings:
                    part = action.option_strings[0]
                    args = self._args_text(action, self._metavar(action))
                    if args:
                        part += " " + args
                    optionals.append(part if action.required else f"[{part}]")
                else:
                    positionals.append(self._args_text(action, self._metavar(action)))
            return optionals, positionals

        def format_usage(self):
            return self._format_usage() + "\n"

        def _format_usage(self):
            prefix = "usage: "
            if self.usage is not None:
                return prefix + self.usage.replace("%(prog)s", self.prog)
            width = 78
            optionals, positionals = self._usage_parts()
            usage = " ".join([self.prog] + optionals + positionals)
            if len(prefix) + len(usage) <= width:
                return prefix + usage

            def lines_of(parts, indent, first=None):
                lines, line = [], []
                length = len(first) - 1 if first is not None else len(indent) - 1
                for part in parts:
                    if length + 1 + len(part) > width and line:
                        lines.append(indent + " ".join(line))
                        line = []
                        length = len(indent) - 1
                    line.append(part)
                    length += len(part) + 1
                if line:
                    lines.append(indent + " ".join(line))
                if first is not None:
                    lines[0] = lines[0][len(indent):]
                return lines

            if len(prefix) + len(self.prog) <= 0.75 * width:
                indent = " " * (len(prefix) + len(self.prog) + 1)
                if optionals:
                    lines = lines_of([self.prog] + optionals, indent, prefix)
                    lines += lines_of(positionals, indent)
                elif positionals:
                    lines = lines_of([self.prog] + positionals, indent, prefix)
                else:
                    lines = [self.prog]
            else:
                indent = " " * len(prefix)
                lines = lines_of(optionals + positionals, indent)
                lines = [self.prog] + lines
            return prefix + "\n".join(lines)

        def _invocation(self, action):
            if not action.option_strings:
                return self._metavar(action)
            if action.nargs == 0:
                return ", ".join(action.option_strings)
            args = self._args_text(action, self._metavar(action))
            return ", ".join(f"{o} {args}" for o in action.option_strings)

        def _help_text(self, action):
            text = action.help
            if self.show_defaults and "%(default)" not in text and action.default is not SUPPRESS \
                    and (action.option_strings or action.nargs in ("?", "*")):
                text += " (default: %(default)s)"
            values = dict(vars(action), prog=self.prog)
            values["default"] = action.default
            return text % values

        def format_help(self):
            width = 78
            out = [self._format_usage(), "\n\n"]
            if self.description:
                out.append("\n".join(_wrap(self.description, width)) + "\n\n")
            visible = [a for a in self._actions if a.help != SUPPRESS]
            longest = max([len(self._invocation(a)) + 2 for a in visible] or [0])
            help_position = min(longest + 2, 24)
            help_width = max(width - help_position, 11)
            action_width = help_position - 2 - 2
            for group in self._groups:
                actions = [a for a in group._group_actions if a.help != SUPPRESS]
                if not actions and not group.description:
                    continue
                out.append(f"{group.title}:\n")
                if group.description:
                    out.append("  " + "\n  ".join(_wrap(group.description, width - 2)) + "\n\n")
                for action in actions:
                    header = self._invocation(action)
                    if action.help is None:
                        out.append("  " + header + "\n")
                        continue
                    lines = _wrap(self._help_text(action), help_width) or [""]
                    if len(header) <= action_width:
                        out.append("  " + header.ljust(action_width) + "  " + lines[0] + "\n")
                    else:
                        out.append("  " + header + "\n" + " " * help_position + lines[0] + "\n")
                    for line in lines[1:]:
                        out.append(" " * help_position + line + "\n")
                out.append("\n")
            if self.epilog:
                out.append("\n".join(_wrap(self.epilog, width)) + "\n")
            text = "".join(out)
            while text.endswith("\n\n"):
                text = text[:-1]
            return text

        def print_help(self, file=None):
            (file or _sys.stdout).write(self.format_help())

        def print_usage(self, file=None):
            (file or _sys.stdout).write(self.format_usage())

        def exit(self, status=0, message=None):
            if message:
                _sys.stderr.write(message)
            raise SystemExit(status)

        def error(self, message):
            self.print_usage(_sys.stderr)
            self.exit(2, f"{self.prog}: error: {message}\n")

        # -- parsing
        def parse_args(self, args=None, namespace=None):
            args, extras = self.parse_known_args(args, namespace)
            if extras:
                self.error("unrecognized arguments: " + " ".join(extras))
            return args

        def parse_known_args(self, args=None, namespace=None):
            args = list(_sys.argv[1:] if args is None else args)
            namespace = Namespace() if namespace is None else namespace
            for action in self._actions:
                if action.dest is not SUPPRESS and not hasattr(namespace, action.dest) \
                        and action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
            for dest, value in self._defaults.items():
                if not hasattr(namespace, dest):
                    setattr(namespace, dest, value)
            try:
                extras = self._parse(args, namespace)
            except ArgumentError as err:
                if not self.exit_on_error:
                    raise
                self.error(str(err))
            return namespace, extras

        def _option_for(self, text):
            exact = [a for a in self._actions if text in a.option_strings]
            if exact:
                return exact[0], text
            if text.startswith("--") and self.allow_abbrev:
                matches = [(a, o) for a in self._actions for o in a.option_strings
                           if o.startswith(text)]
                if len(matches) == 1:
                    return matches[0]
                if len(matches) > 1:
                    options = ", ".join(o for _, o in matches)
                    raise ArgumentError(None, f"ambiguous option: {text} could match {options}")
            return None, None

        def _convert(self, action, text):
            kind = action.type
            if kind is None:
                value = text
            else:
                try:
                    value = kind(text)
                except ArgumentTypeError as err:
                    raise ArgumentError(action, str(err))
                except (TypeError, ValueError):
                    name = getattr(kind, "__name__", repr(kind))
                    raise ArgumentError(action, f"invalid {name} value: {text!r}")
            if action.choices is not None and value not in action.choices:
                choices = ", ".join(repr(c) for c in action.choices)
                raise ArgumentError(action, f"invalid choice: {value!r} (choose from {choices})")
            return value

        def _take(self, action, values, namespace):
            kind = action.kind
            if kind == "help":
                self.print_help()
                self.exit()
            if kind == "version":
                _sys.stdout.write(action.version.replace("%(prog)s", self.prog) + "\n")
                self.exit()
            if kind in ("store_true", "store_false", "store_const"):
                setattr(namespace, action.dest, action.const)
            elif kind == "append_const":
                items = list(getattr(namespace, action.dest, None) or [])
                setattr(namespace, action.dest, items + [action.const])
            elif kind == "count":
                setattr(namespace, action.dest, (getattr(namespace, action.dest, None) or 0) + 1)
            else:
                converted = [self._convert(action, v) for v in values]
                if action.nargs is None:
                    value = converted[0]
                elif action.nargs == "?":
                    value = converted[0] if converted else action.const
                else:
                    value = converted
                if kind in ("append", "extend"):
                    items = list(getattr(namespace, action.dest, None) or [])
                    if kind == "extend" and isinstance(value, list):
                        items.extend(value)
                    else:
                        items.append(value)
                    setattr(namespace, action.dest, items)
                else:
                    setattr(namespace, action.dest, value)

        def _consume_positionals(self, chunk, pending, namespace, seen, extras):
            # As CPython matches a run of positional strings: the most pending positionals whose
            # minimum counts fit, each taking as many strings as the later ones leave it.
            count_fit = 0
            for i in range(len(pending), 0, -1):
                if sum(_minimum(a) for a in pending[:i]) <= len(chunk):
                    count_fit = i
                    break
            taken = 0
            for index in range(count_fit):
                action = pending[index]
                later = sum(_minimum(a) for a in pending[index + 1:count_fit])
                available = len(chunk) - taken - later
                nargs = action.nargs
                if nargs is None:
                    count = 1
                elif nargs == "?":
                    count = min(1, available)
                elif nargs in ("*", "+"):
                    count = available
                else:
                    count = nargs
                values = chunk[taken:taken + count]
                taken += count
                seen.add(action)
                if nargs in ("?", "*") and not values:
                    value = action.default
                    if nargs == "*" and value is None:
                        value = []
                    elif isinstance(value, str) and action.type:
                        value = self._convert(action, value)
                    setattr(namespace, action.dest, value)
                    continue
                self._take(action, values, namespace)
            del pending[:count_fit]
            extras.extend(chunk[taken:])

        def _is_option(self, arg):
            return arg.startswith("-") and arg != "-" and not _looks_negative(arg, self)

        def _parse(self, args, namespace):
            extras = []
            pending = [a for a in self._actions if not a.option_strings]
            seen = set()
            chunk = []
            i = 0
            while i < len(args):
                arg = args[i]
                if arg == "--":
                    chunk.extend(args[i + 1:])
                    break
                if not self._is_option(arg):
                    chunk.append(arg)
                    i += 1
                    continue
                if chunk:
                    self._consume_positionals(chunk, pending, namespace, seen, extras)
                    chunk = []
                text, attached = arg, None
                if arg.startswith("--") and "=" in arg:
                    text, attached = arg.split("=", 1)
                action, option = self._option_for(text)
                if action is None and not arg.startswith("--") and len(arg) > 2:
                    action, option = self._option_for(arg[:2])
                    if action is not None:
                        if action.nargs == 0:
                            # Combined flags: -vv, -xv.
                            self._take(action, [], namespace)
                            seen.add(action)
                            args = args[:i + 1] + ["-" + arg[2:]] + args[i + 1:]
                            i += 1
                            continue
                        attached = arg[2:]
                if action is None:
                    extras.append(arg)
                    i += 1
                    continue
                seen.add(action)
                if action.nargs == 0:
                    if attached is not None:
                        raise ArgumentError(action, f"ignored explicit argument {attached!r}")
                    self._take(action, [], namespace)
                    i += 1
                    continue
                if attached is not None:
                    self._take(action, [attached], namespace)
                    i += 1
                    continue
                following = []
                j = i + 1
                while j < len(args) and args[j] != "--" and not self._is_option(args[j]):
                    following.append(args[j])
                    j += 1
                nargs = action.nargs
                if nargs is None or isinstance(nargs, int):
                    needed = 1 if nargs is None else nargs
                    if len(following) < needed:
                        raise ArgumentError(action, "expected one argument" if nargs is None else
                                            f"expected {nargs} argument{'s' if nargs != 1 else ''}")
                    count = needed
                elif nargs == "?":
                    count = min(1, len(following))
                elif nargs == "+":
                    if not following:
                        raise ArgumentError(action, "expected at least one argument")
                    count = len(following)
                else:
                    count = len(following)
                self._take(action, following[:count], namespace)
                i = i + 1 + count
            self._consume_positionals(chunk, pending, namespace, seen, extras)
            missing = [_action_name(a) for a in self._actions if a.required and a not in seen]
            if missing:
                raise ArgumentError(None, "the following arguments are required: " + ", ".join(missing))
            for action in self._actions:
                if action not in seen and isinstance(action.default, str) and action.takes_values() \
                        and getattr(namespace, action.dest, None) is action.default and action.type:
                    setattr(namespace, action.dest, self._convert(action, action.default))
            return extras


    def _minimum(action):
        if action.nargs in (None,):
            return 1
        if action.nargs == "+":
            return 1
        if isinstance(action.nargs, int):
            return action.nargs
        return 0


    def _looks_negative(arg, parser):
        if not arg[1:2].isdigit() and not arg[1:2] == ".":
            return False
        try:
            float(arg)
        except ValueError:
            return False
        return not any(o.startswith("-") and o[1:2].isdigit() for a in parser._actions
                       for o in a.option_strings)


    class HelpFormatter:
        pass


    class ArgumentDefaultsHelpFormatter(HelpFormatter):
        pass


    class RawDescriptionHelpFormatter(HelpFormatter):
        pass


    class RawTextHelpFormatter(HelpFormatter):
        pass


    class FileType:
        def __init__(self, mode="r"):
            self._mode = mode

        def __call__(self, path):
            if path == "-":
                return _sys.stdin if "r" in self._mode else _sys.stdout
            return open(path, self._mode)
    """#
}
