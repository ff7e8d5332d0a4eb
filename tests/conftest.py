"""Fixtures shared by every test package."""
import pytest

import nlp


@pytest.fixture(scope="session")
def pipeline():
    """The default model with our components, loaded once for the whole run."""
    return nlp.load_pipeline()
