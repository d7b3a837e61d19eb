"""Help > Handleiding and F1: the manual in a window, at the part about the page shown."""

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication

from ontwikkeltafel import paths
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.pages.meeting.live_view import CAPTURE_KEYS, LiveView
from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
from ontwikkeltafel.ui.pages.table.page import TablePage
from ontwikkeltafel.ui.search.panel import SearchPanel
from ontwikkeltafel.ui.window.help_dialogs import ShortcutsDialog
from ontwikkeltafel.ui.window.main_window import MainWindow
from ontwikkeltafel.ui.window.manual_window import (
    OTHER_SECTIONS,
    PAGE_SECTIONS,
    ManualWindow,
    slug,
)
from ontwikkeltafel.ui.window.shell import navigation_labels
from tests.ui.conftest import activate, active_window, open_meeting, open_table

# The dialogs: the offscreen platform warns about their sizes.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

NATIVE = QKeySequence.SequenceFormat.NativeText
TEXT = paths.manual_file().read_text(encoding="utf-8")
HEADINGS = {
    slug(line.lstrip("#")): line.lstrip("#").strip()
    for line in TEXT.splitlines()
    if line.startswith("#")
}


def sections() -> dict[str, str]:
    """The manual's level-2 sections: anchor -> its text up to the next one."""
    parts = re.split(r"^## ", TEXT, flags=re.M)[1:]
    return {slug(part.splitlines()[0]): part for part in parts}


#: The manual names the arrow keys as they are printed on the keyboard; Qt writes them out.
ARROWS = {"↓": "Down", "↑": "Up"}


def keys_named(text: str) -> set[str]:
    """The keys the shortcut tables of ``text`` name (the first cell of their rows), as Qt
    writes them."""
    named: set[str] = set()
    for line in text.splitlines():
        if line.startswith("| `"):
            named |= set(re.findall(r"`([^`]+)`", line.split("|")[1]))
    return {ARROWS.get(key, key) for key in named}


def press_f1(qtbot: Any, window: MainWindow) -> ManualWindow:
    """Make the window active and press F1; the manual it shows."""
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    manual = window.findChild(ManualWindow)
    assert manual is not None
    qtbot.waitUntil(manual.isVisible)
    return manual


def test_the_help_menu_opens_the_manual_with_its_title(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    help_texts = [a.text() for a in window.help_menu.actions() if not a.isSeparator()]
    assert help_texts == [
        "&Handleiding",
        "Uitleg bij deze &pagina",
        "&Sneltoetsen",
        "&Over Ontwikkeltafel",
    ]
    assert window.help_menu.actions()[1].shortcut().toString() == "F1"
    window.show_page("people")
    entry = window.help_menu.actions()[0]
    entry.trigger()
    manual = window.findChild(ManualWindow)
    assert manual is not None and manual.isVisible()
    qtbot.waitExposed(manual)
    assert manual.windowTitle() == "Handleiding"
    assert manual.heading() == "Handleiding Ontwikkeltafel"
    assert manual.shown_heading() == "Handleiding Ontwikkeltafel"  # from the menu: the top
    contents = [manual.contents.item(n).text().strip() for n in range(manual.contents.count())]
    assert contents[:3] == [
        "Handleiding Ontwikkeltafel",
        "Installeren",
        "Een eerste tafel in vijf minuten",
    ]
    entry.trigger()
    assert window.findChildren(ManualWindow) == [manual]  # one manual at a time
    manual.close()


def test_the_manual_shows_its_images(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    manual = press_f1(qtbot, window)
    document = manual.browser.document()
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", TEXT)
    assert len(images) >= 15
    for name in images:
        loaded = manual.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert loaded is not None and not loaded.isNull(), name
    fitted = [f.toImageFormat().width() for f in _image_formats(document)]
    assert fitted and all(0 < width <= manual.browser.viewport().width() for width in fitted)
    manual.close()


def _image_formats(document: QTextDocument) -> list[Any]:
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            if iterator.fragment().charFormat().isImageFormat():
                found.append(iterator.fragment().charFormat())
            iterator += 1
        block = block.next()
    return found


def test_links_between_sections_work(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    manual = press_f1(qtbot, window)
    links = set(re.findall(r"\]\(#([^)]+)\)", TEXT))
    assert links - set(HEADINGS) == set()  # every link has its heading
    for anchor in sorted(links):
        manual.follow(QUrl(f"#{anchor}"))
        assert manual.shown_heading() == HEADINGS[anchor]
    manual.close()


def test_every_page_of_the_app_has_its_section() -> None:
    assert set(PAGE_SECTIONS) == {key for key, _label in navigation_labels()}
    pages = (TablePage, MeetingPage, LiveView, SearchPanel)
    assert set(OTHER_SECTIONS) == {page.__name__ for page in pages}
    labels = dict(navigation_labels())
    for key, anchor in PAGE_SECTIONS.items():
        assert anchor in sections(), key
        if key != "tables":
            assert HEADINGS[anchor] == labels[key]  # the section is named as the page
    for anchor in OTHER_SECTIONS.values():
        assert anchor in sections()


def at_the_top(manual: ManualWindow) -> bool:
    """Whether the heading at the cursor is the first line the manual shows."""
    return 0 <= manual.browser.cursorRect().top() < 30


def test_f1_opens_the_part_about_the_page_shown(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    for key, anchor in PAGE_SECTIONS.items():
        window.show_page(key)
        manual = press_f1(qtbot, window)
        assert manual.shown_heading() == HEADINGS[anchor], key
        qtbot.waitUntil(lambda manual=manual: at_the_top(manual))
    manual.resize(900, 600)  # the images shrink: the section stays in sight
    qtbot.waitUntil(lambda: at_the_top(manual))
    assert manual.shown_heading() == "Actiepunten"
    labels = dict(navigation_labels())
    assert manual.shown_heading() == labels["actions"] == "Actiepunten"
    open_table(qtbot, window, "tafel-1")
    manual = press_f1(qtbot, window)
    assert manual.shown_heading() == "De tafelpagina"
    here = [
        (command, keys) for group, command, keys in manual.key_rows() if group == "Op deze pagina"
    ]
    assert ("Deelnemer toevoegen", "Ctrl+Shift+M") in here
    page = open_meeting(qtbot, window, "m-1")
    activate(qtbot, window)
    page.agenda_view.setFocus()
    qtbot.keyClick(page.agenda_view, Qt.Key.Key_F1)  # from inside the page, as a user does
    assert manual.shown_heading() == "De bijeenkomstpagina"
    rows = manual.key_rows()
    assert rows[0] == ("Op deze pagina", "Gast toevoegen", "Ctrl+Shift+G")  # the page's first
    assert ("Op deze pagina", "Volgend agendapunt", "Ctrl+PgDown") in rows
    assert ("Bewerken", "Nieuw", "Ctrl+N") in rows  # the window's own after them
    window.search.field.setText("Startbijeenkomst")
    window.search.search_now()
    qtbot.waitUntil(window.search.is_open)
    manual = press_f1(qtbot, window)
    assert manual.shown_heading() == "Zoeken"
    manual.close()


def test_shift_f1_still_lists_every_shortcut(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    qtbot.keyClick(window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    assert ("Help", "Uitleg bij deze pagina", "F1") in dialog.rows()
    assert ("Help", "Sneltoetsen", "Shift+F1") in dialog.rows()
    dialog.close()


def window_keys(qtbot: Any, window: MainWindow) -> set[str]:
    """Every key of the window's actions and pages (a list, a table and a meeting page opened)."""
    window.show_page("people")
    open_table(qtbot, window, "tafel-1")
    open_meeting(qtbot, window, "m-1")
    keys: set[str] = set()
    for action in window.findChildren(QAction):
        keys |= {key.toString(NATIVE) for key in action.shortcuts() if not key.isEmpty()}
    for page in window.pages.values():
        offered = getattr(page, "shortcuts", None)
        keys |= {keys for _text, keys in offered()} if callable(offered) else set()
    tips = " ".join(button.toolTip() for button in window.findChildren(QAbstractButton))
    keys |= {key for key in ("Ctrl+↑", "Ctrl+↓") if key in tips}  # moving a row
    return keys


def test_every_key_the_manual_names_is_in_the_app(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    keys = window_keys(qtbot, window)
    named = keys_named(
        "\n".join(part for anchor, part in sections().items() if anchor != "vergadering-leiden")
    )
    # Keys of fields and of the search box, read from their own key handling:
    handled = {"F4", "Esc"}  # the calendar of a date field; closing the search hits
    assert named - keys - handled == set()
    assert {"Ctrl+PgDown", "Ctrl+Shift+G", "Ctrl+Shift+M", "Ctrl+F", "Shift+F1"} <= named


def test_the_main_keys_of_the_app_are_in_the_manual(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    named = keys_named(TEXT)
    main = set()
    for menu in (window.file_menu, window.edit_menu, window.view_menu, window.help_menu):
        for action in menu.actions():
            main |= {key.toString(NATIVE) for key in action.shortcuts() if not key.isEmpty()}
    for page in (open_table(qtbot, window, "tafel-1"), open_meeting(qtbot, window, "m-1")):
        for action in page.actions():
            main |= {key.toString(NATIVE) for key in action.shortcuts()}
    assert {"Ctrl+N", "Ctrl+Shift+P", "F11", "Ctrl+9"} <= main
    assert main - named - {"Ctrl+Y"} == set()
    assert "Ctrl+Y" in TEXT  # named beside Ctrl+Shift+Z


LIVE_KEYS = {
    "PgDown": (Qt.Key.Key_PageDown, "step", (1,)),
    "PgUp": (Qt.Key.Key_PageUp, "step", (-1,)),
    "Spatie": (Qt.Key.Key_Space, "pause", ()),
    "Esc": (Qt.Key.Key_Escape, "leave", ()),
    "F11": (Qt.Key.Key_F11, "leave", ()),
    "1": (Qt.Key.Key_1, "toggle_presence", (0,)),
    "9": (Qt.Key.Key_9, "toggle_presence", (8,)),
}


@pytest.mark.filterwarnings(
    "ignore:libpyside. Failed to disconnect:RuntimeWarning"
)  # closed unopened
def test_the_keys_of_vergadering_leiden_do_what_the_manual_says(
    qtbot: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window, "m-1")
    view = LiveView(page)
    qtbot.addWidget(view)
    activate(qtbot, view)  # the keys reach it, not the meeting page's F11
    done: list[tuple[str, tuple[Any, ...]]] = []
    for name in ("step", "leave", "toggle_presence"):
        setattr(view, name, lambda *args, name=name: done.append((name, args)))
    view.clock.toggle_pause = lambda: done.append(("pause", ()))  # type: ignore[method-assign]
    view.capture.open = lambda key: done.append(("capture", (key,)))  # type: ignore[method-assign]
    named = keys_named(sections()["vergadering-leiden"])
    letters = set(CAPTURE_KEYS.values())
    assert named == letters | set(LIVE_KEYS) | {"F1"}  # F1: the next test
    for letter in sorted(letters):
        qtbot.keyClick(view, Qt.Key(ord(letter)))  # Qt.Key_B is ord('B')
        assert done.pop() == ("capture", (letter,))
    for key, (qt_key, name, args) in LIVE_KEYS.items():
        qtbot.keyClick(view, qt_key)
        assert done.pop() == (name, args), key


def test_the_manual_is_found_where_the_app_looks() -> None:
    manual = paths.manual_file()
    assert manual.is_file() and manual.name == "handleiding.md"
    assert (manual.parent / "screenshots" / "handleiding").is_dir()


def test_in_english_the_app_says_the_manual_is_dutch(
    qtbot: Any, english: None, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    texts = [a.text() for a in window.help_menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["&User's Manual", "Help on This &Page"]
    manual = press_f1(qtbot, window)
    assert manual.windowTitle() == "User's Manual"
    assert manual.statusBar().currentMessage() == "The manual is in Dutch only for now."
    manual.close()


@pytest.mark.filterwarnings(
    "ignore:libpyside. Failed to disconnect:RuntimeWarning"
)  # closed unopened
def test_f1_in_vergadering_leiden_opens_its_part(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window, "m-1")
    view = LiveView(page)
    qtbot.addWidget(view)
    activate(qtbot, view)  # the chair's own window, as on a second screen
    qtbot.keyClick(view, Qt.Key.Key_F1)
    manual = window.findChild(ManualWindow)
    assert manual is not None and manual.isVisible()
    assert manual.shown_heading() == "Vergadering leiden"
    manual.close()


def test_f1_in_vergadering_leiden_on_one_screen_brings_the_manual_over_it(
    qtbot: Any, filled: Database
) -> None:
    """The chair's view covers the screen: the manual is its own (owned) window, on top."""
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window, "m-1")
    view = LiveView(page)
    qtbot.addWidget(view)
    view.showFullScreen()
    activate(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_F1)
    manual = ManualWindow.of(window)
    assert manual is not None
    qtbot.waitUntil(manual.isVisible)
    handle = manual.windowHandle()
    assert handle is not None and handle.transientParent() is view.windowHandle()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is manual)
    assert manual.shown_heading() == "Vergadering leiden"

    view.close()  # back in the window, F1 there: the manual belongs to the window again
    activate(qtbot, window)
    again = press_f1(qtbot, window)
    assert again is manual and manual.parentWidget() is window
    handle = manual.windowHandle()
    assert handle is not None and handle.transientParent() is window.windowHandle()
    manual.close()
