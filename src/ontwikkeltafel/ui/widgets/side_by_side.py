"""Two texts side by side (older | newer), what was removed and added marked, scrolling together.

:func:`diff_rows` compares the texts with difflib: paragraph by paragraph, and word by
word within a changed paragraph. :class:`SideBySide` shows the rows in two read-only
panes whose paragraphs line up (a paragraph only one side has gets an empty partner);
a removal is struck through on a red ground with "−" before its paragraph, an addition
underlined on a green ground with "+", so the marks do not rest on colour alone.
"""

import difflib
import html
import re
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QTextEdit, QWidget

SAME, REMOVED, ADDED = "", "-", "+"
_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")

REMOVED_GROUND = "#ffd3d0"  # a removed word
ADDED_GROUND = "#c8efcf"  # an added word
REMOVED_LINE = "#fff0ef"  # a paragraph with removals
ADDED_LINE = "#edfaef"  # a paragraph with additions
EMPTY_LINE = "#efefef"  # the partner of a paragraph the other side has alone
_TIGHT = "margin-top:0; margin-bottom:0;"  # a paragraph per line, as the text has them
MARK = {SAME: "\u2002", REMOVED: "\u2212", ADDED: "+"}  # before each paragraph


@dataclass(frozen=True)
class Segment:
    """A piece of a paragraph: the same on both sides, or removed, or added."""

    text: str
    mark: str = SAME


Line = tuple[Segment, ...]


@dataclass(frozen=True)
class DiffRow:
    """One paragraph of each side, side by side; None where that side has none."""

    left: Line | None
    right: Line | None

    @property
    def changed(self) -> bool:
        """Whether the two sides differ here."""
        return any(s.mark != SAME for side in (self.left, self.right) for s in side or ())


def _paragraphs(text: str) -> list[str]:
    return text.split("\n") if text else []


def _phrases(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """The opcodes of difflib over words, a space alone between two changes taken into them.

    So "na overleg met de voorzitter" is one addition, not five words with equal spaces
    between them.
    """
    opcodes = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    merged: list[tuple[str, int, int, int, int]] = []
    for n, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        inside = 0 < n < len(opcodes) - 1
        if tag == "equal" and inside and all(token.isspace() for token in a[i1:i2]):
            tag = "replace"
        if tag != "equal" and merged and merged[-1][0] != "equal":
            merged[-1] = ("replace", merged[-1][1], i2, merged[-1][3], j2)
        else:
            merged.append((tag, i1, i2, j1, j2))
    return merged


def _word_diff(old: str, new: str) -> tuple[Line, Line]:
    """A changed paragraph: the words removed from ``old`` and added in ``new`` marked."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    left: list[Segment] = []
    right: list[Segment] = []
    for tag, i1, i2, j1, j2 in _phrases(a, b):
        if tag == "equal":
            left.append(Segment("".join(a[i1:i2])))
            right.append(Segment("".join(b[j1:j2])))
            continue
        if i2 > i1:
            left.append(Segment("".join(a[i1:i2]), REMOVED))
        if j2 > j1:
            right.append(Segment("".join(b[j1:j2]), ADDED))
    return tuple(left), tuple(right)


def diff_rows(old: str, new: str) -> list[DiffRow]:
    """The rows that show ``old`` beside ``new``: equal paragraphs, and what changed."""
    a, b = _paragraphs(old), _paragraphs(new)
    rows: list[DiffRow] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            rows += [DiffRow((Segment(line),), (Segment(line),)) for line in a[i1:i2]]
            continue
        olds, news = a[i1:i2], b[j1:j2]
        for n in range(max(len(olds), len(news))):
            if n < len(olds) and n < len(news):
                rows.append(DiffRow(*_word_diff(olds[n], news[n])))
            elif n < len(olds):
                rows.append(DiffRow((Segment(olds[n], REMOVED),), None))
            else:
                rows.append(DiffRow(None, (Segment(news[n], ADDED),)))
    return rows


def _segment_html(segment: Segment) -> str:
    text = html.escape(segment.text)
    if segment.mark == REMOVED:
        style = f"background-color:{REMOVED_GROUND}; text-decoration:line-through;"
        return f'<span style="{style}">{text}</span>'
    if segment.mark == ADDED:
        style = f"background-color:{ADDED_GROUND}; text-decoration:underline;"
        return f'<span style="{style}">{text}</span>'
    return text


def side_html(rows: list[DiffRow], right: bool, empty_text: str) -> str:
    """The HTML of one pane: a paragraph per row, a mark before each changed one."""
    if not rows:
        return f'<p style="color:gray;"><i>{html.escape(empty_text)}</i></p>'
    mark, line_ground = (ADDED, ADDED_LINE) if right else (REMOVED, REMOVED_LINE)
    paragraphs = []
    for row in rows:
        line = row.right if right else row.left
        if line is None:
            paragraphs.append(f'<p style="{_TIGHT} background-color:{EMPTY_LINE};">&nbsp;</p>')
            continue
        changed = any(s.mark != SAME for s in line)
        ground = f"background-color:{line_ground};" if changed else ""
        gutter = f"<b>{MARK[mark] if changed else MARK[SAME]}</b>&nbsp;"
        body = "".join(_segment_html(s) for s in line) or "&nbsp;"
        paragraphs.append(f'<p style="{_TIGHT} white-space:pre-wrap; {ground}">{gutter}{body}</p>')
    return "".join(paragraphs)


class SideBySide(QWidget):
    """An older text on the left and a newer one on the right, their differences marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Two empty panes; :meth:`show_texts` fills them."""
        super().__init__(parent)
        self.left_title = QLabel()
        self.right_title = QLabel()
        self.left = self._pane()
        self.right = self._pane()
        removed = f'<s style="background-color:{REMOVED_GROUND}">{self.tr("weggehaald")}</s>'
        added = f'<u style="background-color:{ADDED_GROUND}">{self.tr("toegevoegd")}</u>'
        self.legend = QLabel(
            f"<b>{MARK[REMOVED]}</b> {removed}&nbsp;&nbsp;&nbsp;&nbsp;<b>{MARK[ADDED]}</b> {added}"
        )
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.left_title, 0, 0)
        layout.addWidget(self.right_title, 0, 1)
        layout.addWidget(self.left, 1, 0)
        layout.addWidget(self.right, 1, 1)
        layout.addWidget(self.legend, 2, 0, 1, 2)
        layout.setRowStretch(1, 1)
        self.rows: list[DiffRow] = []
        self._following = False
        for source, target in ((self.left, self.right), (self.right, self.left)):
            bar = source.verticalScrollBar()
            bar.valueChanged.connect(lambda _v, s=source, t=target: self._follow(s, t))
            bar.rangeChanged.connect(lambda *_r, s=self.left, t=self.right: self._follow(s, t))

    def _pane(self) -> QTextEdit:
        pane = QTextEdit()
        pane.setReadOnly(True)
        pane.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        pane.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        return pane

    def show_texts(
        self, left_title: str, left_text: str, right_title: str, right_text: str
    ) -> None:
        """Show ``left_text`` (older) beside ``right_text`` (newer), each under its title."""
        self.rows = diff_rows(left_text, right_text)
        self.left_title.setText(left_title)
        self.right_title.setText(right_title)
        empty = self.tr("(leeg)")
        self.left.setHtml(side_html(self.rows, False, empty))
        self.right.setHtml(side_html(self.rows, True, empty))
        self.left.verticalScrollBar().setValue(0)
        self.right.verticalScrollBar().setValue(0)

    def changed_rows(self) -> int:
        """How many paragraphs differ between the two texts."""
        return sum(row.changed for row in self.rows)

    def _follow(self, source: QTextEdit, target: QTextEdit) -> None:
        """Scroll ``target`` so that the paragraph at the top of ``source`` is at its top too."""
        if self._following:
            return
        self._following = True
        try:
            target.verticalScrollBar().setValue(_matching_position(source, target))
        finally:
            self._following = False


def _matching_position(source: QTextEdit, target: QTextEdit) -> int:
    """Where ``target`` scrolls to show the row ``source`` shows at its top, as far down it."""
    bar, other = source.verticalScrollBar(), target.verticalScrollBar()
    if bar.value() <= bar.minimum():
        return other.minimum()
    if bar.value() >= bar.maximum():
        return other.maximum()
    layout = source.document().documentLayout()
    position = layout.hitTest(QPointF(1, bar.value()), Qt.HitTestAccuracy.FuzzyHit)
    block = source.document().findBlock(max(position, 0))
    rect = layout.blockBoundingRect(block)
    fraction = (bar.value() - rect.top()) / rect.height() if rect.height() > 0 else 0.0
    partner = target.document().findBlockByNumber(block.blockNumber())
    if not partner.isValid():
        return other.maximum()
    match = target.document().documentLayout().blockBoundingRect(partner)
    return round(match.top() + max(0.0, min(fraction, 1.0)) * match.height())
