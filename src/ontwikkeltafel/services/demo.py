"""Load the demo data (built from the seed texts) into a database."""

from ontwikkeltafel.exchange.importer import ImportCounts
from ontwikkeltafel.paths import demo_file
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.exchange_files import import_file


def load_demo(sessions: SessionFactory) -> ImportCounts:
    """Import the bundled demo exchange file; loading it twice updates in place."""
    return import_file(sessions, demo_file())
