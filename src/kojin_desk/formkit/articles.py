"""The appendix's article texts, quoted beside the fields that they require."""

from __future__ import annotations

import tomllib
from functools import lru_cache

from kojin_desk.paths import RESOURCES_DIR


@lru_cache(maxsize=1)
def _texts() -> dict[str, str]:
    return tomllib.loads((RESOURCES_DIR / "articles.toml").read_text(encoding="utf-8"))


def article_text(citation: str) -> str:
    return _texts().get(citation, "")
