"""Demo content: the actions (actielijst) of 'Onderwijs en zorg vinden elkaar!'."""

from typing import Any

from demo_model import Record, action


def _oz(number: str, description: str, **details: Any) -> Record:
    """Return an action of the table 'Onderwijs en zorg vinden elkaar!'."""
    return action("oz", number, description, **details)


ACTIONS = [
    _oz(
        "2018-01",
        """
            Overzicht van de vragen en zorgen uit de workshop, aangevuld met de bespreking van
            vandaag, rondsturen aan alle deelnemers.
        """,
        meeting="oz1",
        item=4,
        owner="sdewit",
        due_on="2018-02-01",
        status="done",
        done_on="2018-01-30",
    ),
    _oz(
        "2018-02",
        """
            De schoolconsulent van het wijkteam uitnodigen om in de volgende bijeenkomst haar
            werkwijze toe te lichten.
        """,
        meeting="oz1",
        item=5,
        owner="hverbeek",
        due_on="2018-03-01",
        status="done",
        done_on="2018-02-12",
    ),
    _oz(
        "2018-03",
        """
            Nagaan welke afspraken de gemeente met de wijkteams heeft gemaakt over de
            samenwerking met basisscholen.
        """,
        meeting="oz1",
        item=4,
        owner="mvanderlinden",
        due_on="2018-03-15",
        status="done",
        done_on="2018-03-14",
    ),
    _oz(
        "2018-04",
        """
            Inventariseren hoe het ROC signalen van geweld thuis bij studenten oppakt en waar
            dat vastloopt.
        """,
        meeting="oz1",
        item=4,
        owner="jhendriks",
        due_on="2018-05-17",
        status="cancelled",
        notes="Vervallen op 5 juli 2018: het onderwerp 18-/18+ is geparkeerd.",
    ),
    _oz(
        "2018-05",
        """
            Samen met Mark Smits de tips uit de bespreking uitwerken tot een kaart 'Het gesprek
            met ouders' voor leerkrachten en medewerkers van het wijkteam.
        """,
        meeting="oz2",
        item=7,
        owner="ybouzid",
        due_on="2018-05-17",
        status="done",
        done_on="2018-06-28",
        notes="Later dan gepland; de kaart is op 28 juni 2018 rondgestuurd.",
    ),
    _oz(
        "2018-06",
        """
            Bij alle deelnemers voorbeelden van goede samenwerking tussen onderwijs en zorg
            opvragen en bundelen.
        """,
        meeting="oz2",
        item=6,
        owner="sdewit",
        due_on="2018-05-10",
        status="done",
        done_on="2018-05-10",
    ),
    _oz(
        "2018-07",
        """
            Een collega van Veilig Thuis uitnodigen om de meldcode en de terugkoppeling na een
            melding toe te lichten.
        """,
        meeting="oz2",
        item=8,
        owner="pvandermeer",
        due_on="2018-05-17",
        status="done",
        done_on="2018-04-20",
    ),
    _oz(
        "2018-08",
        """
            Samen met Mark Smits een concept opstellen voor een handreiking terugkoppeling na een
            melding bij Veilig Thuis.
        """,
        meeting="oz3",
        item=6,
        owner="pvandermeer",
        due_on="2018-09-27",
        status="done",
        done_on="2018-09-20",
    ),
    _oz(
        "2018-09",
        """
            Werkafspraak vastleggen tussen Het Kompas en het wijkteam over wie bij gedeelde
            zorgen om een leerling het contact met de ouders voert.
        """,
        meeting="oz3",
        item=7,
        owner="msmits",
        due_on="2018-07-05",
        status="done",
        done_on="2018-06-15",
    ),
    _oz(
        "2018-10",
        """
            Inventariseren welke basisscholen in de twee wijken een vaste contactpersoon in het
            wijkteam hebben.
        """,
        meeting="oz3",
        item=8,
        owner="mvanderlinden",
        due_on="2018-09-27",
        status="done",
        done_on="2018-09-21",
    ),
    _oz(
        "2018-11",
        """
            Samen met Hanneke Verbeek een concept opstellen voor een gezamenlijke visie op
            samenwerking mét ouders en kinderen.
        """,
        meeting="oz4",
        item=6,
        owner="rkok",
        due_on="2018-11-22",
        status="done",
        done_on="2018-11-08",
    ),
    _oz(
        "2018-12",
        """
            De handreiking terugkoppeling aanvullen met de opmerkingen van vandaag en samen met
            Mark Smits verspreiden onder de basisscholen en het ROC.
        """,
        meeting="oz5",
        item=6,
        owner="pvandermeer",
        due_on="2018-11-22",
        status="done",
        done_on="2018-11-15",
    ),
    _oz(
        "2018-13",
        """
            Met de privacyfunctionaris van de gemeente een lijst met veelgestelde vragen opstellen
            over het delen van informatie tussen school en zorg.
        """,
        meeting="oz5",
        item=7,
        owner="mvanderlinden",
        due_on="2019-01-24",
        status="in_progress",
    ),
    _oz(
        "2018-14",
        """
            Met drie pilotscholen een overzicht van vaste contactpersonen per school maken en de
            ervaringen delen.
        """,
        meeting="oz5",
        item=8,
        owner="ijvandenheuvel",
        due_on="2019-01-24",
        status="in_progress",
    ),
    _oz(
        "2018-15",
        "De werkvisie 'Met ouders en kinderen' op één pagina opmaken en rondsturen.",
        meeting="oz6",
        item=6,
        owner="sdewit",
        due_on="2018-12-07",
        status="open",
    ),
    _oz(
        "2018-16",
        """
            De reacties uit de teams op de werkvisie verzamelen en bundelen voor de bijeenkomst
            van januari.
        """,
        meeting="oz6",
        item=6,
        owner="hverbeek",
        due_on="2019-01-17",
        status="open",
    ),
    _oz(
        "2018-17",
        """
            Samen met Joost Hendriks een werkafspraak uitwerken voor het delen van signalen over
            één gezin met kinderen op verschillende scholen, getoetst aan de privacyregels.
        """,
        meeting="oz6",
        item=7,
        owner="ybouzid",
        due_on="2019-03-21",
        status="open",
    ),
    _oz(
        "2018-18",
        """
            Een onderbouwde notitie opstellen over uitbreiding van de schoolconsulent naar meer
            basisscholen, met de ervaringen van Het Kompas.
        """,
        meeting="oz6",
        item=8,
        owner="mvanderlinden",
        due_on="2019-02-28",
        status="open",
    ),
]
