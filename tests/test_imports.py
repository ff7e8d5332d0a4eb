"""What importing a module costs: the store, the server settings and the engine's text layer load
no spaCy (issue 11), so `profiles/` and `gunicorn.conf.py` import in milliseconds and a process
that only reads profiles never holds a model."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

LOADED = "import sys; print(sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'thinc'}))"


def _heavy_modules_after(statement: str) -> str:
    """The spaCy packages loaded once `statement` ran in a fresh interpreter."""
    result = subprocess.run([sys.executable, "-c", f"{statement}\n{LOADED}"], cwd=ROOT,
                            capture_output=True, text=True, check=True)
    return result.stdout.strip()


@pytest.mark.parametrize("statement", [
    "import nlp",
    "import nlp.lexicon, nlp.records.results, nlp.text.acronyms, nlp.text.folding",
    "import nlp.text.first_names, nlp.text.names, nlp.rules",
    "import profiles.identity",
    "import profiles.organizations, profiles.speaker_identity, profiles.store",
    "import api.config",
    "import runpy; runpy.run_path('gunicorn.conf.py')",
])
def test_module_imports_without_spacy(statement):
    assert _heavy_modules_after(statement) == "[]"


def test_the_pipeline_is_still_one_attribute_away():
    assert _heavy_modules_after("import nlp; nlp.load_pipeline") == "['spacy', 'thinc']"
