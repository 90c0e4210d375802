"""The ``confnotes`` command: a thin argparse layer over the library.

Each command lives in ``confnotes.commands.<name>`` with a ``register``
function; this module only wires them, resolves the notebook and turns
:class:`~confnotes.errors.ConfnotesError` into ``confnotes: error: ...`` on
stderr with exit status 2 (bad input) or 1 (other failures). Nothing here
imports Textual: the UI is loaded only by the commands that open it.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from confnotes import __version__, commands
from confnotes.errors import ConfnotesError


class ArgumentParser(argparse.ArgumentParser):
    """argparse with the error format and exit status of DESIGN.md §2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"confnotes: error: {message}\n")


def build_parser(only: str | None = None) -> ArgumentParser:
    """The command-line parser: every command, or only command ``only`` (a faster start).

    The full parser is also used by the docs test.
    """
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--notebook",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="notebook folder (default: $CONFNOTES_NOTEBOOK, ./notes, or the user data folder)",
    )
    parser = ArgumentParser(
        prog="confnotes",
        description="Conference notes as plain Markdown files: import, take notes, search, export.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"confnotes {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)
    chosen = commands.find(only) if only else None
    for module in (chosen,) if chosen is not None else commands.discover():
        module.register(sub, common)
    parser.set_defaults(func=_run_default)
    return parser


def _run_default(args: argparse.Namespace) -> int:
    """No command: open the app (imported only then)."""
    from confnotes.commands import ui

    return int(ui.run_default(args) or 0)


def _command_name(argv: Sequence[str]) -> str | None:
    """The command word of ``argv`` (skipping ``--notebook DIR``), or None."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--notebook":
            i += 2
            continue
        if arg.startswith("-"):
            return None  # --help, --version or --notebook=DIR...: use the full parser
        return arg
    return None


def _drop_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's own flush at exit cannot fail again
    (which would print a second, Python-shaped message and change the exit status)."""
    with contextlib.suppress(OSError, ValueError), open(os.devnull, "w") as devnull:
        os.dup2(devnull.fileno(), sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    name = _command_name(argv)
    parser = build_parser(only=name)  # an unknown name gets every command (argparse lists them)
    chosen = commands.find(name) if name else None
    prepare = getattr(chosen, "prepare_argv", None)
    if prepare is not None:
        argv = prepare(argv)
    args = parser.parse_args(argv)
    if not hasattr(args, "notebook"):
        args.notebook = None
    try:
        status = int(args.func(args) or 0)
        # The output must be out before we say it worked: `> /dev/full` is a failure.
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            print(f"confnotes: error: cannot write the output: {exc.strerror}", file=sys.stderr)
            _drop_stdout()
            return 1
        return status
    except ConfnotesError as exc:
        print(f"confnotes: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("confnotes: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error worth a message.
        _drop_stdout()
        return 0
    except OSError as exc:
        # No file named: the write that failed was the output itself (`> /dev/full`).
        where = f"{exc.filename}: " if exc.filename else "cannot write the output: "
        print(f"confnotes: error: {where}{exc.strerror or exc}", file=sys.stderr)
        _drop_stdout()
        return 1
    except Exception as exc:  # a bug: say so briefly; the traceback is for developers
        if os.environ.get("CONFNOTES_DEBUG"):
            import traceback

            traceback.print_exc()
        else:
            print(
                f"confnotes: error: internal error ({type(exc).__name__}: {exc}); "
                "set CONFNOTES_DEBUG=1 for details and please report it",
                file=sys.stderr,
            )
        return 1


def run() -> NoReturn:
    """The ``confnotes`` program (and ``python -m confnotes``): :func:`main`, then exit.

    A command whose process ends with its work (``NO_COLLECTOR`` in its module:
    ``reindex``) runs without the cycle collector. A command that only reads and prints,
    or has closed everything it wrote when it returns (``QUICK_EXIT`` in its module:
    ``search``, ``reindex``), leaves as soon as its output is out, without the
    interpreter's teardown of the ~300 modules it loaded (~20 ms, a tenth of a cold
    search; ~0.1 s of freed objects after a full build). It runs with one thread, has
    written every file it opened through the notebook (closed before it returns), and
    the exit handlers still run.
    """
    name = _command_name(sys.argv[1:])
    chosen = commands.find(name) if name else None
    if getattr(chosen, "NO_COLLECTOR", False):
        gc.disable()  # for good: this process ends with the command (see reindex)
    status = main()
    if getattr(chosen, "QUICK_EXIT", False):
        import atexit
        import threading

        if threading.active_count() == 1:
            for stream in (sys.stdout, sys.stderr):
                with contextlib.suppress(OSError, ValueError):
                    stream.flush()
            atexit._run_exitfuncs()
            os._exit(status)
    raise SystemExit(status)
