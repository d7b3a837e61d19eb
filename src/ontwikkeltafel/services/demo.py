"""Load the demo data (built from the seed texts) into a database."""

from ontwikkeltafel.exchange.importer import ImportCounts
from ontwikkeltafel.paths import demo_file
from ontwikkeltafel.services import Source
from ontwikkeltafel.services.exchange_files import import_file


def load_demo(source: Source) -> ImportCounts:
    """Import the bundled demo exchange file; loading it twice updates in place.

    ``source`` is the open database (plain SQL on a file) or a session factory.
    """
    return import_file(source, demo_file())
