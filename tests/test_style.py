"""The code keeps to the ruff settings in pyproject.toml (pyflakes, pycodestyle, import order,
mccabe complexity), and the engine stays readable: small functions, small files (issue 11)."""
import subprocess
import sys
from pathlib import Path

from radon.visitors import ComplexityVisitor

ROOT = Path(__file__).resolve().parent.parent
ENGINE = ROOT / "nlp"
MAX_COMPLEXITY = 20
"""Largest cyclomatic complexity of a function in nlp/, as radon counts it (boolean operators
and comprehensions included, so stricter than ruff's mccabe at the same number)."""
MAX_LINES = 300
"""Longest file in nlp/: one concept per module (STYLE.md)."""


def test_code_passes_ruff():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "."], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def too_complex(root: Path) -> list[str]:
    """Functions and methods under `root` above the bound, as `path:line name complexity`."""
    return [f"{path.relative_to(root.parent)}:{block.lineno} {block.fullname} {block.complexity}"
            for path in sorted(root.rglob("*.py"))
            for block in ComplexityVisitor.from_code(path.read_text(encoding="utf-8")).blocks
            if block.complexity > MAX_COMPLEXITY and not hasattr(block, "methods")]


def test_no_engine_function_is_above_the_complexity_bound():
    assert too_complex(ENGINE) == []


def test_no_engine_file_is_longer_than_the_bound():
    long_files = [f"{path.relative_to(ROOT)} {n}" for path in sorted(ENGINE.rglob("*"))
                  if path.is_file() and "__pycache__" not in path.parts
                  and (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES]
    assert long_files == []
