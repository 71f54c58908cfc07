"""``python -m netdraft``: the same as the ``netdraft`` command."""

from netdraft.cli import run

run()
