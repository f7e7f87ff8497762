"""Type-checking rules that mypy itself cannot state: every `# type: ignore` says why, on its line."""

from __future__ import annotations

import re
import tomllib

from tests.helpers import ROOT

IGNORE = re.compile(r"#\s*type:\s*ignore(\[[^\]]*\])?(?P<rest>.*)$")


def _exempt_modules() -> list[str]:
    """Modules under a temporary `ignore_errors` override (the lead's rewrite in progress)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    out: list[str] = []
    for override in config["tool"]["mypy"].get("overrides", []):
        if override.get("ignore_errors"):
            out += override["module"]
    return out


def _module(path_parts: tuple[str, ...]) -> str:
    return ".".join(path_parts).removesuffix(".py").removesuffix(".__init__")


def _exempt(module: str, patterns: list[str]) -> bool:
    return any(module == p or (p.endswith(".*") and module.startswith(p[:-1])) for p in patterns)


def test_mypy_runs_over_the_checker_package_in_strict_mode() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["files"] == ["checker"] and config["strict"] is True
    assert "python -m mypy" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_type_ignore_names_its_code_and_reason() -> None:
    exempt = _exempt_modules()
    bare = []
    for path in sorted((ROOT / "checker").rglob("*.py")):
        module = _module(path.relative_to(ROOT).parts)
        if _exempt(module, exempt):
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = IGNORE.search(line)
            if m and (m.group(1) is None or not re.search(r"\w", m.group("rest"))):
                bare.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert bare == []
