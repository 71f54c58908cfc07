"""The worked example notebook runs top to bottom on a real kernel, offline, with no model."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parent.parent / "docs" / "notebooks" / "drafting.ipynb"


def test_notebook_is_committed_without_outputs() -> None:
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)


@pytest.mark.slow
def test_notebook_runs_without_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "NETDRAFT_MODEL"):
        monkeypatch.delenv(name, raising=False)  # the kernel inherits this environment: no model
    # The kernel must import this checkout, not another installed netdraft.
    root = str(NOTEBOOK.parent.parent.parent)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()  # raises CellExecutionError, naming the cell, on any error
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs if o.output_type == "execute_result")
    assert 'class="netdraft-draft"' in html and 'class="netdraft-report"' in html
    assert "<mark" in html  # the hand-written letter's findings are highlighted
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "5 passed, 0 with errors, 0 failed" in text
