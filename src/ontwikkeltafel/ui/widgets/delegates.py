"""Editors inside table cells: a choice (role, kind, status), a person, a date, a number.

Each starts from the cell's EditRole value and hands the new value back to the model;
a choice is handed back as soon as it is made.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QWidget,
)

from ontwikkeltafel.ui.widgets.fields import DateField, NumberField, RecordPicker

Index = QModelIndex | QPersistentModelIndex


class _Delegate(QStyledItemDelegate):
    def _commit_now(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)


class ChoiceDelegate(_Delegate):
    """A combo box of (value, label) pairs."""

    def __init__(self, choices: Callable[[], list[tuple[Any, str]]], parent: Any = None) -> None:
        """Offer what ``choices()`` returns (read when an editor opens)."""
        super().__init__(parent)
        self.choices = choices

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: Index
    ) -> QWidget:
        """A combo box that commits as soon as something is chosen."""
        combo = QComboBox(parent)
        for value, label in self.choices():
            combo.addItem(label, value)
        combo.activated.connect(lambda _i: self._commit_now(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Start from the cell's value."""
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Hand the chosen value to the model."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PersonDelegate(_Delegate):
    """A record picker: type part of a name."""

    def __init__(self, load: Callable[[], list[tuple[str, str]]], parent: Any = None) -> None:
        """Offer the (id, label) pairs ``load()`` returns."""
        super().__init__(parent)
        self.load = load

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: Index
    ) -> QWidget:
        """A picker that commits as soon as someone is chosen."""
        picker = RecordPicker(self.load, parent=parent)
        picker.setMinimumContentsLength(12)
        picker.value_changed.connect(lambda: self._commit_now(picker))
        return picker

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Start from the cell's person."""
        assert isinstance(editor, RecordPicker)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Hand the chosen person's id (or None) to the model."""
        assert isinstance(editor, RecordPicker)
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class DateDelegate(_Delegate):
    """A date field with a calendar; empty is allowed."""

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: Index
    ) -> QWidget:
        """An empty-able date field."""
        return DateField(parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Start from the cell's date."""
        assert isinstance(editor, DateField)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Hand the date (or None) to the model."""
        assert isinstance(editor, DateField)
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class NumberDelegate(_Delegate):
    """A whole number that may be empty (minutes on an agenda)."""

    def __init__(self, maximum: int, parent: Any = None) -> None:
        """Numbers up to ``maximum``."""
        super().__init__(parent)
        self.maximum = maximum

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: Index
    ) -> QWidget:
        """An empty-able number field."""
        return NumberField(self.maximum, parent=parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Start from the cell's number."""
        assert isinstance(editor, NumberField)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Hand the number (or None) to the model."""
        assert isinstance(editor, NumberField)
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class RadioDelegate(QStyledItemDelegate):
    """A check state drawn as a radio button: one of the row's columns is chosen.

    A click or the space bar chooses the cell (setting its check state); choosing the
    cell already chosen does nothing.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The background and focus as usual, a radio button in the middle."""
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        style = plain.widget.style() if plain.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, plain.widget)
        button = QStyleOptionButton()
        button.rect = self._indicator(option)
        button.state = QStyle.StateFlag.State_Enabled
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        button.state |= QStyle.StateFlag.State_On if checked else QStyle.StateFlag.State_Off
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorRadioButton, button, painter)

    @staticmethod
    def _indicator(option: QStyleOptionViewItem) -> QRect:
        style = option.widget.style() if option.widget else QApplication.style()
        width = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
        height = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorHeight)
        rect = QRect(0, 0, width, height)
        rect.moveCenter(option.rect.center())
        return rect

    def editorEvent(
        self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        """Choose the cell on a click inside it or on the space bar."""
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease:
            assert isinstance(event, QMouseEvent)
            if event.button() != Qt.MouseButton.LeftButton:
                return False
            if not option.rect.contains(event.position().toPoint()):
                return False
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            return True  # the release chooses; a double click does not open an editor
        elif kind == QEvent.Type.KeyPress:
            if getattr(event, "key", lambda: None)() not in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                return False
        else:
            return False
        if index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked:
            return True
        return model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
