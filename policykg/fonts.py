"""Fonts that can draw Chinese, for the renderers that do not fall back on their own.

matplotlib (PNG) and WeasyPrint (PDF) draw every character they have no glyph for as an empty
box, silently. ``./run`` installs ``fonts-wqy-microhei``; when no such font is present anyway,
``warn_missing_cjk_font`` says so at render time, naming the package to install.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import warnings
from functools import lru_cache
from pathlib import Path

__all__ = ["CJK_FONT_PACKAGE", "MissingFontWarning", "cjk_font_files", "has_cjk", "warn_missing_cjk_font"]

CJK_FONT_PACKAGE = "fonts-wqy-microhei"
# Font files known to cover Chinese, for when fontconfig's fc-list is not there to ask.
_CJK_FILE_HINTS = ("wqy", "notosanscjk", "notoserifcjk", "droidsansfallback", "sourcehansans", "ukai", "uming")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")


class MissingFontWarning(UserWarning):
    """No installed font can draw the Chinese text an output holds."""


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds Han characters (Chinese, or Japanese kanji)."""
    return _HAN.search(text) is not None


@lru_cache(maxsize=1)
def cjk_font_files() -> tuple[Path, ...]:
    """Font files that cover Chinese: fontconfig's answer (what WeasyPrint/Pango use; honours
    FONTCONFIG_FILE), else matplotlib's font list filtered by well-known file names."""
    fc_list = shutil.which("fc-list")
    if fc_list:
        try:
            listed = subprocess.run([fc_list, ":lang=zh", "file"], capture_output=True, text=True, timeout=30, check=False)
        except (OSError, subprocess.SubprocessError):
            listed = None
        if listed is not None and listed.returncode == 0:
            files = {line.strip().rstrip(":").strip() for line in listed.stdout.splitlines() if line.strip()}
            return tuple(sorted(Path(f) for f in files if f))
    from matplotlib import font_manager

    found = []
    for path in font_manager.findSystemFonts():
        name = Path(path).name.lower().replace("-", "").replace("_", "")
        if name.startswith(_CJK_FILE_HINTS):
            found.append(Path(path))
    return tuple(sorted(found))


def warn_missing_cjk_font(out: Path | str) -> bool:
    """Warn that Chinese text in ``out`` will show as boxes when no CJK font is installed; returns
    True when it warned."""
    if cjk_font_files():
        return False
    warnings.warn(MissingFontWarning(
        f"{out}: no installed font can draw Chinese, so Chinese text shows as empty boxes; "
        f"install one (Debian: sudo apt-get install {CJK_FONT_PACKAGE}) and write it again"
    ), stacklevel=2)
    return True
