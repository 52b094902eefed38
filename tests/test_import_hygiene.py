"""The domain must be importable without Textual (DESIGN.md: the domain never imports Textual).

Each check runs in a fresh interpreter, because this test process may already have imported
Textual for other tests.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

DOMAIN_MODULES = [
    "briefing.model",
    "briefing.paths",
    "briefing.corpus",
    "briefing.search",
    "briefing.topics",
    "briefing.briefing",
    "briefing.cli",
    "briefing.analysis",
    "briefing.notes",
    "briefing.export",
    "briefing.state",
    "briefing.config",
]


@pytest.mark.parametrize("module", DOMAIN_MODULES)
def test_domain_module_does_not_load_textual(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        "loaded = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(loaded))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "", f"{module} pulled in {done.stdout.strip()}"


def test_the_tui_does_load_textual() -> None:
    """The check above can fail: importing the app does bring Textual in."""
    code = "import sys, briefing.tui.app\nprint('textual' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "True"


#: Modules whose import must not load pymorphy3's dictionaries (about 40 MB): a launch that
#: reads the topics from their cache imports the extraction's modules but extracts nothing.
LEXICON_FREE_MODULES = ["briefing.topics", "briefing.briefing", "briefing.tui.app"]


@pytest.mark.parametrize("module", LEXICON_FREE_MODULES)
def test_importing_does_not_load_the_russian_dictionaries(module: str) -> None:
    code = f"import sys, {module}\nprint('pymorphy3' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "False", f"importing {module} loaded pymorphy3"


def test_lemmatising_does_load_the_russian_dictionaries() -> None:
    """The check above can fail: spelling a Cyrillic word brings pymorphy3 in."""
    code = (
        "import sys\nfrom briefing.topics.languages import latin\n"
        "latin('папа')\nprint('pymorphy3' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "True"


#: Modules a warm export or cross-reference imports that must not import the whole topic
#: extraction with them (most of a warm export's second was that import).
EXTRACTION_FREE_MODULES = [
    "briefing.topics",
    "briefing.topics.event_deposed",
    "briefing.topics.xref",
    "briefing.export",
]


@pytest.mark.parametrize("module", EXTRACTION_FREE_MODULES)
def test_importing_does_not_import_the_extraction(module: str) -> None:
    code = f"import sys, {module}\nprint('briefing.topics.assemble' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "False", f"importing {module} imported the extraction"


def test_asking_for_the_extraction_does_import_it() -> None:
    """The check above can fail: the package's extract_topics brings the extraction in."""
    code = (
        "import sys, briefing.topics\nbriefing.topics.extract_topics\n"
        "print('briefing.topics.assemble' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "True"
