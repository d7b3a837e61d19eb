"""The side-by-side view: paragraphs lined up, removals and additions marked, scrolling together."""

from typing import Any

from ontwikkeltafel.ui.widgets.side_by_side import (
    ADDED,
    REMOVED,
    SAME,
    DiffRow,
    Segment,
    SideBySide,
    diff_rows,
)


def test_equal_paragraphs_and_a_changed_word() -> None:
    rows = diff_rows("Opening\nWe spraken over pesten.", "Opening\nWe spraken over armoede.")
    assert rows[0] == DiffRow((Segment("Opening"),), (Segment("Opening"),))
    assert not rows[0].changed and rows[1].changed
    left, right = rows[1].left, rows[1].right
    assert left is not None and right is not None
    assert [s for s in left if s.mark == REMOVED] == [Segment("pesten", REMOVED)]
    assert [s for s in right if s.mark == ADDED] == [Segment("armoede", ADDED)]
    assert "".join(s.text for s in left) == "We spraken over pesten."


def test_paragraph_only_one_side_has_gets_an_empty_partner() -> None:
    rows = diff_rows("Een\nTwee", "Een\nAnderhalf\nTwee")
    assert rows[1] == DiffRow(None, (Segment("Anderhalf", ADDED),))
    rows = diff_rows("Een\nWeg\nTwee", "Een\nTwee")
    assert rows[1] == DiffRow((Segment("Weg", REMOVED),), None)
    assert diff_rows("", "") == []
    assert diff_rows("", "Nieuw") == [DiffRow(None, (Segment("Nieuw", ADDED),))]


def test_panes_mark_with_signs_not_only_colour(qtbot: Any) -> None:
    view = SideBySide()
    qtbot.addWidget(view)
    view.show_texts("Versie van gisteren", "Een\nTwee", "Huidige tekst", "Een\nDrie")
    assert view.left_title.text() == "Versie van gisteren"
    assert view.right_title.text() == "Huidige tekst"
    left, right = view.left.toPlainText().splitlines(), view.right.toPlainText().splitlines()
    assert left[1].startswith("\u2212") and "Twee" in left[1]
    assert right[1].startswith("+") and "Drie" in right[1]
    assert not left[0].startswith(("\u2212", "+"))
    assert "line-through" in view.left.toHtml() and "underline" in view.right.toHtml()
    assert view.left.isReadOnly() and view.right.isReadOnly()
    assert view.changed_rows() == 1
    assert "weggehaald" in view.legend.text() and "toegevoegd" in view.legend.text()
    view.show_texts("Oud", "", "Nieuw", "")
    assert view.left.toPlainText() == "(leeg)"


def test_panes_scroll_together(qtbot: Any) -> None:
    view = SideBySide()
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    old = "\n".join(f"Alinea {n} over de tafel." for n in range(80))
    new = "\n".join(f"Alinea {n} over de tafel." for n in range(80) if n % 7) + "\nSlot."
    view.show_texts("Oud", old, "Nieuw", new)
    left, right = view.left.verticalScrollBar(), view.right.verticalScrollBar()
    qtbot.waitUntil(lambda: left.maximum() > 0 and right.maximum() > 0)
    left.setValue(left.maximum() // 2)
    assert right.value() > 0
    top_left = view.left.cursorForPosition(view.left.viewport().rect().topLeft()).blockNumber()
    top_right = view.right.cursorForPosition(view.right.viewport().rect().topLeft()).blockNumber()
    assert abs(top_left - top_right) <= 1  # the same row at the top of both
    right.setValue(right.maximum())
    assert left.value() == left.maximum()
    right.setValue(0)
    assert left.value() == 0


def test_same_text_has_no_marks() -> None:
    rows = diff_rows("Gelijk\n\nGebleven", "Gelijk\n\nGebleven")
    assert all(not row.changed for row in rows)
    assert {s.mark for row in rows for s in row.left or ()} == {SAME}


def test_an_added_phrase_is_one_addition() -> None:
    (row,) = diff_rows(
        "Zij presenteren het concept.", "Zij presenteren na overleg met de voorzitter het concept."
    )
    added = [s.text.strip() for s in row.right or () if s.mark == ADDED]
    assert added == ["na overleg met de voorzitter"]
    assert [s for s in row.left or () if s.mark != SAME] == []
