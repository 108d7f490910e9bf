"""The README's Quick start is a doctest run on the embedded model: its printed values cannot drift."""

import doctest
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.mark.model
def test_readme_quick_start_runs_as_shown(lm):
    text = README.read_text()
    start = text.index("```pycon")
    block = text[start + len("```pycon"):text.index("```", start + 8)]
    parser = doctest.DocTestParser()
    test = parser.get_doctest(block, {}, "README quick start", str(README), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    res = runner.summarize(verbose=False)
    assert res.attempted > 5 and res.failed == 0
