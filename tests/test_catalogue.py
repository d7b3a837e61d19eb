"""The message catalogue: every message in Dutch and English, with the same placeholders."""

import string

import pytest

from ontwikkeltafel.catalogue import CATALOGUE


def _fields(text: str) -> set[str]:
    return {name.split("!")[0] for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_message_has_dutch_and_english_with_the_same_fields(key: str) -> None:
    texts = CATALOGUE[key]
    assert set(texts) == {"nl", "en"}
    assert texts["nl"].strip() and texts["en"].strip()
    assert _fields(texts["nl"]) == _fields(texts["en"])
