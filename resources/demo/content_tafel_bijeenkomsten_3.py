"""Demo content: meetings 6 (concept verslag) and 7 (planned) of the table in content_tafel."""

from demo_model import item, meeting


def _opening(minutes: str) -> dict:
    """Return the opening item of a table session."""
    return item("Opening", "opening", 5, presenter="hverbeek", minutes=minutes)


MEETINGS = [
    meeting(
        "oz6",
        "Bijeenkomst 6: werkvisie en vooruitblik",
        table="oz",
        kind="table_session",
        starts="2018-11-22 15:00",
        ends="17:00",
        location="Stadskantoor Utrecht, vergaderzaal 4.12",
        chair="hverbeek",
        secretary="sdewit",
        status="minutes_draft",
        present=[
            "hverbeek",
            "idboer",
            "ybouzid",
            "jhendriks",
            "rkok",
            "pvandermeer",
            "msmits",
            "mvanderlinden",
            "wmulder",
            "sdewit",
        ],
        excused=["ijvandenheuvel"],
        agenda=[
            _opening(
                """
                Hanneke Verbeek opent de bijeenkomst. IJsbrand van den Heuvel heeft zich
                afgemeld en zijn stand van zaken schriftelijk doorgegeven.
                """
            ),
            item(
                "Mededelingen",
                "announcements",
                10,
                minutes="""
                    - Op de netwerkbijeenkomst van het KUS op 8 november presenteerden Hanneke en
                      Wendy de schoolconsulent en de kaart 'Het gesprek met ouders'. Er was veel
                      belangstelling; drie scholen van buiten de wijk hebben om de kaart gevraagd.
                    - De handreiking terugkoppeling is verspreid, zie de actielijst.
                """,
            ),
            item(
                "Vaststellen agenda",
                "agenda",
                5,
                minutes="""
                    De agenda wordt vastgesteld. De voorzitter meldt dat punt 7 een vertrouwelijke
                    casusbespreking is.
                """,
            ),
            item(
                "Verslag bijeenkomst 27 september 2018",
                "previous_minutes",
                10,
                description="Conceptverslag bijgevoegd.",
                minutes="Het verslag wordt ongewijzigd vastgesteld.",
                decisions=[
                    """
                    Het verslag van de bijeenkomst van 27 september 2018 wordt ongewijzigd
                    vastgesteld.
                    """,
                ],
            ),
            item(
                "Actielijst",
                "action_list",
                15,
                minutes="""
                    - 2018-11 (concept visie): afgerond, het concept staat vandaag op de agenda.
                    - 2018-12 (handreiking verspreiden): afgerond. De handreiking is op 15
                      november verspreid onder alle basisscholen in de twee wijken en het ROC.
                    - 2018-13 (veelgestelde vragen privacy): in uitvoering. De
                      privacyfunctionaris heeft een eerste versie gemaakt; Marieke verwacht de
                      lijst in januari.
                    - 2018-14 (overzicht contactpersonen per school): in uitvoering. Twee van de
                      drie pilotscholen hebben een overzicht.
                """,
            ),
            item(
                "Werkvisie 'Met ouders en kinderen'",
                planned_minutes=40,
                presenter="rkok",
                description="""
                    Bespreking van het concept van Ruud en Hanneke (bijlage). Kunnen we ons
                    hierin vinden, en hoe brengen we het in onze teams?
                """,
                minutes="""
                    Ruud Kok en Hanneke Verbeek presenteren het concept. Zij hebben gekozen voor
                    vijf korte uitgangspunten in plaats van een uitgebreide nota:

                    - we praten mét ouders en kinderen, niet óver hen;
                    - ouders weten wat we over hun kind delen, met wie en waarom;
                    - we beginnen bij wat er goed gaat en bij wat kind en ouders zelf willen;
                    - kinderen worden, passend bij hun leeftijd, gevraagd naar hun eigen
                      beleving;
                    - bij zorgen over veiligheid zijn we eerlijk en duidelijk, ook als dat
                      schuurt.

                    Het concept wordt breed gedragen. Mark Smits vraagt aandacht voor leerkrachten
                    met een volle klas: de uitgangspunten moeten helpen, niet extra werk
                    opleveren. Ilse de Boer stelt voor het vierde uitgangspunt concreet te maken
                    met voorbeeldvragen voor kinderen. Petra van der Meer wijst erop dat het
                    vijfde uitgangspunt aansluit bij het afwegingskader in de meldcode.

                    De tafel stelt de uitgangspunten vast als werkvisie. Elke deelnemer bespreekt
                    ze voor 10 januari in het eigen team; de reacties komen terug in de
                    bijeenkomst van januari.
                """,
                decisions=[
                    """
                    De vijf uitgangspunten 'Met ouders en kinderen' worden vastgesteld als
                    werkvisie van de tafel.
                    """,
                    """
                    Elke deelnemer bespreekt de werkvisie in het eigen team; de reacties worden
                    in januari 2019 besproken.
                    """,
                ],
                concerns=["c-visie", "c-gesprek", "c-behoefte", "c-kinderen"],
            ),
            item(
                "Casusbespreking",
                planned_minutes=25,
                presenter="ybouzid",
                confidential=True,
                description="""
                    Vertrouwelijk. Anonieme bespreking van de samenwerking rond een gezin met
                    kinderen op verschillende scholen. Geen namen of herleidbare gegevens.
                """,
                minutes="""
                    Yasmina Bouzid brengt de samenwerking in rond een gezin met een kind op de
                    basisschool en een ouder kind op het mbo. Beide scholen maakten zich zorgen
                    en vroegen los van elkaar advies. Het wijkteam was betrokken bij het jongste
                    kind, maar wist niets van de zorgen op het mbo.

                    De deelnemers stellen vast dat signalen over één gezin versnipperd raken
                    zodra kinderen op verschillende scholen zitten. Niemand heeft dan het hele
                    beeld. Joost Hendriks merkt op dat het mbo zelden weet welke broers of zussen
                    er zijn, en daar zonder reden ook niet naar hoort te vragen.

                    Afgesproken wordt dat het wijkteam bij een nieuwe casus met de ouders nagaat
                    op welke scholen de kinderen zitten, en met hun toestemming contact legt met
                    die scholen. Yasmina en Joost werken uit hoe dit past binnen de
                    privacyregels.
                """,
                decisions=[
                    """
                    Het wijkteam gaat bij een nieuwe casus met de ouders na op welke scholen de
                    kinderen zitten, en legt met hun toestemming contact met die scholen.
                    """,
                ],
                concerns=["c-samenwerking", "c-privacy"],
            ),
            item(
                "Schoolconsulent op meer basisscholen",
                planned_minutes=30,
                presenter="wmulder",
                description="""
                    Wendy Mulder en Marieke van der Linden verkennen wat nodig is om de
                    schoolconsulent op meer scholen in te zetten.
                """,
                minutes="""
                    Wendy Mulder schetst wat de inzet op vier scholen haar leert. Per school is
                    ongeveer vier uur per week nodig: het spreekuur, het zorgoverleg en de tijd
                    om contact te houden met leerkrachten. Uitbreiding naar alle veertien scholen
                    in de twee wijken zou betekenen dat het wijkteam ruim één formatieplaats
                    extra nodig heeft.

                    Marieke van der Linden geeft aan dat de gemeente in het voorjaar de opdracht
                    aan de wijkteams voor 2020 voorbereidt. Dat is het moment om het voorstel in
                    te brengen, onderbouwd met de ervaringen van de scholen. Mark Smits levert de
                    ervaringen van Het Kompas aan.

                    De deelnemers steunen het voorstel. Hanneke merkt op dat uitbreiding niet ten
                    koste mag gaan van de vaste gezichten: dat is juist de kracht van de
                    schoolconsulent.
                """,
                decisions=[
                    """
                    Marieke van der Linden brengt een onderbouwd voorstel voor uitbreiding van de
                    schoolconsulent in bij de voorbereiding van de opdracht aan de wijkteams.
                    """,
                ],
                concerns=["c-contactpersonen"],
                practices=["schoolconsulent"],
            ),
            item(
                "Planning 2019",
                planned_minutes=10,
                presenter="sdewit",
                description="Voorstel voor de data van 2019.",
                minutes="""
                    Sanne legt de data voor 2019 voor. De tafel blijft op donderdag van 15.00 tot
                    17.00 uur bijeenkomen. De eerste bijeenkomst van 2019 is op 24 januari bij
                    Veilig Thuis; dan staat ook een evaluatie van het eerste jaar op de agenda.
                """,
                decisions=[
                    """
                    De tafel komt in 2019 vijf keer bijeen; de eerste bijeenkomst is op donderdag
                    24 januari 2019.
                    """,
                ],
            ),
            item(
                "Rondvraag",
                "any_other_business",
                10,
                minutes="""
                    Joost Hendriks vraagt of de handreiking terugkoppeling ook naar de andere
                    mbo-instellingen in de regio kan. Petra neemt dat mee.
                """,
            ),
            item(
                "Sluiting",
                "closing",
                5,
                minutes="""
                    Hanneke sluit de laatste bijeenkomst van 2018 om 17.05 uur en dankt iedereen
                    voor de inzet in het eerste jaar.
                """,
            ),
        ],
    ),
    meeting(
        "oz7",
        "Bijeenkomst 7: één jaar ontwikkeltafel",
        table="oz",
        kind="table_session",
        starts="2019-01-24 15:00",
        ends="17:00",
        location="Veilig Thuis regio Utrecht, vergaderruimte",
        chair="hverbeek",
        secretary="sdewit",
        status="planned",
        notes="Convocatie met het conceptverslag van 22 november 2018 en de actielijst volgt.",
        excused=["jhendriks"],
        agenda=[
            item(
                "Opening",
                "opening",
                5,
                presenter="hverbeek",
                description="Welkom bij Veilig Thuis.",
            ),
            item(
                "Mededelingen",
                "announcements",
                5,
                description="Mededelingen van de deelnemers.",
            ),
            item("Vaststellen agenda", "agenda", 5),
            item(
                "Verslag bijeenkomst 22 november 2018",
                "previous_minutes",
                5,
                description="""
                    Conceptverslag bijgevoegd (versie voor deelnemers; het vertrouwelijke punt
                    staat alleen in het interne verslag).
                """,
            ),
            item(
                "Actielijst",
                "action_list",
                10,
                description="""
                    Openstaande acties:

                    - 2018-13 veelgestelde vragen privacy (Marieke van der Linden);
                    - 2018-14 overzicht contactpersonen per school (IJsbrand van den Heuvel);
                    - 2018-15 werkvisie op één pagina (Sanne de Wit);
                    - 2018-16 reacties uit de teams op de werkvisie (Hanneke Verbeek);
                    - 2018-18 notitie uitbreiding schoolconsulent (Marieke van der Linden).
                """,
            ),
            item(
                "Eén jaar ontwikkeltafel: terugblik en evaluatie",
                planned_minutes=30,
                presenter="hverbeek",
                description="""
                    Wat heeft de tafel in 2018 opgeleverd, wat werkt in onze manier van
                    samenwerken en wat willen we anders? Neem twee punten mee: één opbrengst
                    waar je trots op bent, en één ding dat beter kan.
                """,
            ),
            item(
                "Werkvisie 'Met ouders en kinderen': reacties uit de teams",
                planned_minutes=25,
                presenter="rkok",
                description="""
                    Hanneke bundelt de reacties uit de teams (bijlage volgt). Welke aanpassingen
                    zijn nodig, en hoe maken we de werkvisie zichtbaar in de praktijk?
                """,
                concerns=["c-visie", "c-kinderen"],
            ),
            item(
                "Meldcode met afwegingskader",
                planned_minutes=25,
                presenter="pvandermeer",
                description="""
                    Sinds 1 januari 2019 geldt de verbeterde meldcode met een afwegingskader.
                    Petra van der Meer deelt de eerste ervaringen. Wat betekent dit voor de
                    handreiking terugkoppeling?
                """,
                concerns=["c-terugkoppeling"],
            ),
            item("Rondvraag", "any_other_business", 5),
            item("Sluiting", "closing", 5),
        ],
    ),
]
