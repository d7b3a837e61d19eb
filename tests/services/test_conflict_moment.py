"""A conflict names when a colleague changed the record as Dutch meetings write a time."""

from datetime import UTC, datetime

from ontwikkeltafel.services.conflicts import Conflict, Side


def _conflict(at: datetime) -> Conflict:
    theirs = Side({"title": "Hun titel"}, 3, by="Anne", at=at)
    return Conflict("table", "t-1", theirs, Side({"title": "Mijn titel"}, 2))


def test_the_dutch_message_writes_the_time_with_a_dot_in_amsterdam_time() -> None:
    """CONVENTIONS-nl: 15.30 uur, the lists' 05-03-2026; Amsterdam time, whatever the machine's."""
    text = _conflict(datetime(2026, 12, 6, 21, 36, tzinfo=UTC)).render("nl")
    assert "Anne heeft dit intussen gewijzigd (06-12-2026 22.36)" in text


def test_the_english_message_writes_the_moment_as_the_english_window_does() -> None:
    """As the English window's lists and history (and its status bar): 01-07-2026 10.05."""
    text = _conflict(datetime(2026, 7, 1, 8, 5, tzinfo=UTC)).render("en")
    assert "(01-07-2026 10.05)" in text
