"""Writing to the terminal or a pipe: one message a line, and text the stream can encode.

Reports use typographic symbols (✓ ✗ → ≠ ≤ “ ”). A stream whose encoding lacks them (a Windows code
page, `PYTHONIOENCODING=cp1252`, an ASCII locale) gets ASCII stand-ins instead of a UnicodeEncodeError;
other characters it cannot encode lose their accents, and only then become '?'.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from typing import TextIO

ASCII_SYMBOLS = {
    "✓": "OK", "✗": "X", "→": "->", "←": "<-", "≠": "!=", "≤": "<=", "≥": ">=", "−": "-", "–": "-",
    "—": "--", "…": "...", "“": '"', "”": '"', "‘": "'", "’": "'", "·": "|", "×": "x", "∞": "inf",
    "±": "+/-", "µ": "u", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
}
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def encoding_of(stream: TextIO) -> str:
    return getattr(stream, "encoding", None) or "utf-8"


def can_encode(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    except LookupError:  # an encoding Python does not know: assume it copes
        return True
    return True


def fit(text: str, encoding: str) -> str:
    """`text` unchanged if the encoding has every character, else with ASCII stand-ins."""
    if can_encode(text, encoding):
        return text
    out = []
    for ch in text:
        if can_encode(ch, encoding):
            out.append(ch)
        elif ch in ASCII_SYMBOLS and can_encode(ASCII_SYMBOLS[ch], encoding):
            out.append(ASCII_SYMBOLS[ch])
        else:
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if can_encode(c, encoding))
            out.append(base or "?")
    return "".join(out)


def write(text: str, stream: TextIO | None = None) -> None:
    """Write text the stream can encode (stdout by default, looked up at call time for tests)."""
    stream = sys.stdout if stream is None else stream
    stream.write(fit(text, encoding_of(stream)))
    stream.flush()


def one_line(message: str) -> str:
    """A message as a single line: line breaks inside it become spaces, so grep sees it whole."""
    return _LINE_BREAKS.sub(" ", message.strip())


def say(kind: str, message: str) -> None:
    """One `checker: <kind>: message` line on stderr (`checker: message` without a kind), never
    wrapped, so paths stay whole."""
    write(f"checker: {kind + ': ' if kind else ''}{one_line(message)}\n", sys.stderr)
