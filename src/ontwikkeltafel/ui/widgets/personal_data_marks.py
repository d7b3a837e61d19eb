"""Likely personal data in a text field underlined (wavy, orange) while the secretary types.

The scan runs once, on a single-shot timer some time after the last keystroke, never in the
keystroke itself: typing never slows. The highlighter only applies the ranges the last scan
stored per block; a block typed in since shows no marks until the next scan.
"""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QTextEdit

from ontwikkeltafel.services.personal_data import scan

DELAY_MS = 400  # after the last keystroke
ORANGE = QColor(230, 120, 0)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonalDataMarks", text)


def kind_label(kind: str) -> str:
    """The kind of a finding in words, e.g. "BSN"."""
    labels = {
        "bsn": _tr("BSN"),
        "birth": _tr("geboortedatum"),
        "age": _tr("leeftijd"),
        "phone": _tr("telefoonnummer"),
        "email": _tr("e-mailadres"),
        "iban": _tr("IBAN"),
        "address": _tr("adres"),
        "street": _tr("straat en huisnummer"),
        "name": _tr("naam van iemand buiten de tafel"),
    }
    return labels.get(kind, kind)


class PersonalDataMarks(QSyntaxHighlighter):
    """Underlines what :func:`scan` finds in ``field``, scanning after the typing pauses."""

    def __init__(self, field: QTextEdit, delay_ms: int = DELAY_MS) -> None:
        """Mark ``field``'s text; the names of people who should not be in it come later."""
        super().__init__(field.document())
        self.field = field
        self.names: tuple[str, ...] = ()
        self.known: tuple[str, ...] = ()
        # per block number: the block's text at the scan, and its (start, length, kind) ranges
        self.marks: dict[int, tuple[str, list[tuple[int, int, str]]]] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.rescan)
        field.document().contentsChange.connect(self._changed)

    def set_names(self, names: Sequence[str], known: Sequence[str] = ()) -> None:
        """The full names to mark too (people who are no member of the table); scans later.

        ``known``: names of organisations, whose numbers are no addresses.
        """
        self.names, self.known = tuple(names), tuple(known)
        self.timer.start()

    def _changed(self, _position: int, removed: int, added: int) -> None:
        if removed or added:  # not the highlighter's own format changes
            self.timer.start()

    def rescan(self) -> None:
        """Scan the whole text once, store the findings per block, show them."""
        document = self.document()
        text = document.toPlainText()  # one character per character of the blocks, \n between
        found = scan(text, self.names, self.known)
        marks: dict[int, tuple[str, list[tuple[int, int, str]]]] = {}
        for finding in found:
            block = document.findBlock(finding.start)
            while block.isValid() and block.position() < finding.end:
                low = max(finding.start, block.position()) - block.position()
                high = min(finding.end, block.position() + len(block.text())) - block.position()
                if high > low:
                    entry = marks.setdefault(block.blockNumber(), (block.text(), []))
                    entry[1].append((low, high - low, finding.kind))
                block = block.next()
        if marks or self.marks:
            self.marks = marks
            self.rehighlight()
        kinds = sorted({kind_label(finding.kind) for finding in found})
        tip = _tr("Mogelijk persoonsgegeven: %1").replace("%1", ", ".join(kinds)) if kinds else ""
        self.field.setStatusTip(tip)
        self.field.setToolTip(tip)

    def highlightBlock(self, text: str) -> None:
        """Apply the ranges the last scan stored for this block, if its text is unchanged."""
        stored = self.marks.get(self.currentBlock().blockNumber())
        if stored is None or stored[0] != text:
            return
        for start, length, _kind in stored[1]:
            mark = QTextCharFormat(self.format(start))
            mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            mark.setUnderlineColor(ORANGE)
            self.setFormat(start, length, mark)
