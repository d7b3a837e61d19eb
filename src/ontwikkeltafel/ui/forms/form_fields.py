"""The fields page of a record form: a label and a widget per field, made when first needed.

A list page's form shows its hint until a record is chosen; making its fields (some 20
widgets, their layout and pickers) at once cost the first click on a list about a fifth
of its time, so :class:`~ontwikkeltafel.ui.forms.record_form.RecordForm` makes them when
it first shows a record or is asked for a field.
"""

from itertools import pairwise

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.ui.core.autosave import FormBinder
from ontwikkeltafel.ui.forms.spec import FormSpec, make_widget
from ontwikkeltafel.ui.widgets.link_list import LinkList

ERROR_COLOUR = "#b3261e"


class FormFields:
    """The widgets of ``spec``'s fields, bound to ``binder``, on one scrollable page."""

    def __init__(
        self,
        spec: FormSpec,
        sessions: SessionFactory,
        binder: FormBinder,
        keys: QObject,
        around: tuple[QLabel, QLabel, QLabel],
    ) -> None:
        """The fields; ``keys`` filters their keys; ``around``: heading, state and error."""
        self.spec = spec
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.notes: dict[str, QLabel] = {}  # under a checked field: why it was refused
        self.note_rows: dict[str, int] = {}
        fields = QWidget()
        outer = QVBoxLayout(fields)
        outer.setContentsMargins(2, 4, 12, 12)
        form = self.layout = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # the rows stay together at the top, however tall the pane
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(12)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for field in spec.fields:
            widget = make_widget(field, sessions)
            if isinstance(widget, LinkList):  # on a server: the names never read on the UI thread
                widget.read_off_thread(sessions)
            label = QLabel(field.label)
            label.setBuddy(widget.picker if isinstance(widget, LinkList) else widget)
            if field.widget in ("text", "links"):
                # The label of a tall field sits level with its first line, not its middle.
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                label.setContentsMargins(0, 5, 0, 0)
                label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
            form.addRow(label, widget)
            self.widgets[field.name] = widget
            self.labels[field.name] = label
            if field.bound:
                binder.bind(field.name, widget)
            if field.checked:
                self._add_note(field.name)
        for first, second in pairwise(self.focus_chain()):
            QWidget.setTabOrder(first, second)
        for child in fields.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
                child.installEventFilter(keys)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(fields)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # Scrolled down only, never sideways (fields cut on the right): the splitter beside
        # the list leaves the form at least the width of its fields.
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        self.scroll_area.setMinimumWidth(fields.minimumSizeHint().width() + bar)
        heading, state, error = around
        self.page = QWidget()
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(14, 8, 6, 8)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(state)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(error)

    def _add_note(self, name: str) -> None:
        """A hidden row under the field ``name`` that says why its value was refused."""
        note = QLabel()
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.layout.addRow(QLabel(), note)
        self.notes[name] = note
        self.note_rows[name] = self.layout.rowCount() - 1
        self.layout.setRowVisible(self.layout.rowCount() - 1, False)

    def focus_chain(self) -> list[QWidget]:
        """The widgets Tab goes through, in the order of the form."""
        chain: list[QWidget] = []
        for field in self.spec.fields:
            widget = self.widgets[field.name]
            if isinstance(widget, LinkList):
                chain += [widget.chosen, widget.picker, widget.remove_button]
            elif field.bound:
                chain.append(widget)
        return chain
