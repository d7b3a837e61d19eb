"""Demo content: meetings 4 and 5 of 'Onderwijs en zorg vinden elkaar!' (2018)."""

from demo_model import item, meeting


def _opening(minutes: str) -> dict:
    """Return the opening item of a table session."""
    return item("Opening", "opening", 5, presenter="hverbeek", minutes=minutes)


MEETINGS = [
    meeting(
        "oz4",
        "Bijeenkomst 4: mét ouders en kinderen",
        table="oz",
        kind="table_session",
        starts="2018-07-05 15:00",
        ends="17:00",
        location="ROC Midden Nederland, vergaderruimte B0.08",
        chair="hverbeek",
        secretary="sdewit",
        status="minutes_approved",
        approved_on="2018-09-27",
        present=[
            "hverbeek",
            "idboer",
            "ijvandenheuvel",
            "ybouzid",
            "jhendriks",
            "rkok",
            "msmits",
            "mvanderlinden",
            "wmulder",
            "sdewit",
        ],
        excused=["pvandermeer"],
        agenda=[
            _opening(
                """
                Hanneke Verbeek opent de bijeenkomst en dankt Joost Hendriks voor de ontvangst
                op het ROC. Petra van der Meer heeft zich afgemeld; zij heeft de stand van zaken
                van de handreiking schriftelijk doorgegeven.
                """
            ),
            item(
                "Mededelingen",
                "announcements",
                10,
                minutes="""
                    - Het KUS organiseert op 8 november een netwerkbijeenkomst over geweld in
                      gezinnen. Hanneke stelt voor daar de eerste opbrengsten van de tafel te
                      presenteren. De deelnemers stemmen in.
                """,
            ),
            item(
                "Vaststellen agenda",
                "agenda",
                5,
                minutes="De agenda wordt ongewijzigd vastgesteld.",
            ),
            item(
                "Verslag bijeenkomst 17 mei 2018",
                "previous_minutes",
                10,
                description="Conceptverslag bijgevoegd (versie voor deelnemers).",
                minutes="""
                    Het verslag wordt ongewijzigd vastgesteld. Sanne wijst erop dat de
                    vertrouwelijke casusbespreking alleen in het interne verslag staat, dat bij
                    de voorzitter en de secretaris blijft.
                """,
                decisions=[
                    "Het verslag van de bijeenkomst van 17 mei 2018 wordt ongewijzigd vastgesteld.",
                ],
            ),
            item(
                "Actielijst",
                "action_list",
                15,
                minutes="""
                    - 2018-04 (signalen ROC): vervalt, zie punt 8.
                    - 2018-05 (kaart 'Het gesprek met ouders'): afgerond, de kaart is op 28 juni
                      rondgestuurd. De reacties zijn positief; Het Kompas gebruikt hem al in het
                      team.
                    - 2018-08 (concept handreiking terugkoppeling): in uitvoering. Petra en Mark
                      verwachten een concept voor de bijeenkomst van september.
                    - 2018-09 (werkafspraak contact met ouders): afgerond. Het Kompas en het
                      wijkteam hebben de afspraak vastgelegd.
                    - 2018-10 (vaste contactpersonen wijkteam): in uitvoering.
                """,
            ),
            item(
                "Praten mét in plaats van óver ouders en kinderen",
                planned_minutes=45,
                presenter="rkok",
                description="""
                    Ruud Kok deelt ervaringen uit de SAVE-werkwijze. Daarna: wat betekent 'mét
                    ouders en kinderen' voor school en wijkteam, en hebben we een gezamenlijke
                    visie nodig?
                """,
                minutes="""
                    Ruud Kok vertelt hoe in de SAVE-werkwijze wordt gewerkt aan transparantie: het
                    gezin weet wat er over hen wordt gezegd en geschreven, en ouders zitten
                    zoveel mogelijk zelf aan tafel. Ook als er zorgen zijn over de veiligheid,
                    wordt eerst gekeken naar wat er goed gaat en wie in het netwerk kan helpen.
                    Dat vraagt van professionals dat zij zorgen eerlijk en begrijpelijk benoemen.

                    In de bespreking blijkt dat het zorgoverleg op school vrijwel altijd zonder
                    ouders plaatsvindt. Mark Smits geeft aan dat scholen bang zijn dat ouders
                    zich aangevallen voelen. Wendy Mulder heeft juist goede ervaringen met ouders
                    die aanschuiven: 'Het gesprek wordt korter en concreter.'

                    Ilse de Boer brengt een vraag in die nog niet op de lijst stond: hoe betrek
                    je kinderen zelf bij gesprekken over hun veiligheid thuis, passend bij hun
                    leeftijd? De vraag wordt toegevoegd.

                    De tafel concludeert dat een gedeelde visie nodig is: kort en praktisch, zodat
                    die in de eigen teams kan worden besproken. Ruud en Hanneke maken een eerste
                    opzet.
                """,
                decisions=[
                    """
                    De tafel stelt een gezamenlijke visie op samenwerking mét ouders en kinderen
                    op; het concept wordt in november besproken.
                    """,
                ],
                concerns=["c-visie", "c-gesprek", "c-kinderen"],
            ),
            item(
                "Ontwikkelpunten vaststellen",
                planned_minutes=30,
                presenter="hverbeek",
                description="""
                    Voorstel voor de ontwikkelpunten van de tafel, op basis van de bijeenkomsten
                    tot nu toe. Per ontwikkelpunt: wat willen we bereiken, en wie is trekker?
                """,
                minutes="""
                    Hanneke legt een voorstel voor met ontwikkelpunten die voortkomen uit de
                    vragen en zorgen van de tafel. Na bespreking worden vier ontwikkelpunten
                    vastgesteld, elk met een trekker:

                    - Samenwerking in de wijk (Marieke van der Linden);
                    - Verbetering van de communicatie tussen onderwijs en zorg (IJsbrand van den
                      Heuvel);
                    - Gezamenlijke visie: in gesprek mét ouders en kinderen (Ruud Kok);
                    - Handreiking terugkoppeling na een melding (Petra van der Meer).

                    Wendy Mulder stelt voor ook te onderzoeken of de schoolconsulent op meer
                    scholen kan worden ingezet. Dat wordt als voorstel genoteerd, met Wendy als
                    trekker. Marieke geeft aan dat daarvoor eerst zicht nodig is op de kosten en
                    de formatie.

                    De trekkers geven in elke bijeenkomst kort de stand van zaken.
                """,
                decisions=[
                    """
                    De tafel stelt vier ontwikkelpunten vast: samenwerking in de wijk,
                    verbetering van de communicatie tussen onderwijs en zorg, een gezamenlijke
                    visie mét ouders en kinderen, en een handreiking terugkoppeling na een
                    melding.
                    """,
                    """
                        Uitbreiding van de schoolconsulent naar meer scholen wordt als voorstel
                        genoteerd.
                    """,
                ],
                concerns=["c-samenwerking", "c-contactpersonen", "c-terugkoppeling", "c-visie"],
            ),
            item(
                "Jongeren van 18 jaar en ouder op het ROC",
                planned_minutes=15,
                presenter="jhendriks",
                description="""
                    Joost Hendriks geeft de stand van zaken van zijn inventarisatie (actie
                    2018-04). Wat doen we met dit onderwerp?
                """,
                minutes="""
                    Joost Hendriks licht toe dat het ROC regelmatig signalen ziet van geweld
                    thuis bij studenten rond de 18 jaar. Voor deze groep lopen de routes naar
                    hulp anders: de jeugdhulp stopt, en het wijkteam voor volwassenen en Veilig
                    Thuis werken met andere contactpersonen.

                    De deelnemers erkennen het belang, maar stellen vast dat het onderwerp buiten
                    de focus van de tafel op het basisonderwijs valt. In de regio loopt bovendien
                    een apart overleg over de overgang van 18- naar 18+. Joost brengt de
                    signalen daar in.

                    Het onderwerp wordt geparkeerd. Het ontwikkelpunt over een doorgaande lijn
                    naar het ROC vervalt, en daarmee ook actie 2018-04.
                """,
                decisions=[
                    """
                    Het onderwerp jongeren van 18 jaar en ouder wordt geparkeerd en ingebracht in
                    het regionale overleg 18-/18+; actie 2018-04 vervalt.
                    """,
                ],
                concerns=["c-18plus"],
            ),
            item(
                "Rondvraag",
                "any_other_business",
                10,
                minutes="""
                    Mark Smits vraagt of de kaart 'Het gesprek met ouders' ook naar andere scholen
                    mag. Dat mag; Sanne zet hem op de website van het KUS.
                """,
            ),
            item(
                "Sluiting",
                "closing",
                5,
                minutes="""
                    Hanneke wenst iedereen een goede zomer en sluit de bijeenkomst om 16.50 uur.
                    De volgende bijeenkomst is op donderdag 27 september 2018 bij het wijkteam
                    Overvecht.
                """,
            ),
        ],
    ),
    meeting(
        "oz5",
        "Bijeenkomst 5: communicatie en privacy",
        table="oz",
        kind="table_session",
        starts="2018-09-27 15:00",
        ends="17:00",
        location="Wijkteam Overvecht, wijkbureau",
        chair="hverbeek",
        secretary="sdewit",
        status="minutes_approved",
        approved_on="2018-11-22",
        present=[
            "hverbeek",
            "ijvandenheuvel",
            "ybouzid",
            "jhendriks",
            "pvandermeer",
            "msmits",
            "mvanderlinden",
            "wmulder",
            "sdewit",
        ],
        excused=["idboer", "rkok"],
        agenda=[
            _opening(
                """
                Hanneke Verbeek opent de bijeenkomst. Ilse de Boer en Ruud Kok hebben zich
                afgemeld. Yasmina Bouzid heet iedereen welkom op het wijkbureau.
                """
            ),
            item(
                "Mededelingen",
                "announcements",
                10,
                minutes="""
                    - Op de netwerkbijeenkomst van het KUS op 8 november presenteren Hanneke en
                      Wendy de schoolconsulent en de kaart 'Het gesprek met ouders'.
                    - Petra meldt dat Veilig Thuis in januari 2019 informatiebijeenkomsten houdt
                      over het afwegingskader in de meldcode. Sanne stuurt de uitnodiging door.
                """,
            ),
            item(
                "Vaststellen agenda",
                "agenda",
                5,
                minutes="De agenda wordt ongewijzigd vastgesteld.",
            ),
            item(
                "Verslag bijeenkomst 5 juli 2018",
                "previous_minutes",
                10,
                description="Conceptverslag bijgevoegd.",
                minutes="""
                    Het verslag wordt ongewijzigd vastgesteld. Naar aanleiding van het verslag
                    meldt Joost dat hij de signalen over 18-plussers heeft ingebracht in het
                    regionale overleg.
                """,
                decisions=[
                    "Het verslag van de bijeenkomst van 5 juli 2018 wordt ongewijzigd vastgesteld.",
                ],
            ),
            item(
                "Actielijst",
                "action_list",
                15,
                minutes="""
                    - 2018-08 (concept handreiking terugkoppeling): afgerond, het concept staat
                      vandaag op de agenda.
                    - 2018-10 (vaste contactpersonen wijkteam): afgerond. Van de veertien
                      basisscholen in de twee wijken hebben er negen een vaste contactpersoon in
                      het wijkteam. Marieke bespreekt de uitkomst met de wijkteams.
                    - 2018-11 (concept visie): in uitvoering; het concept komt in november.
                """,
            ),
            item(
                "Handreiking terugkoppeling na een melding",
                planned_minutes=30,
                presenter="pvandermeer",
                description="""
                    Bespreking van het concept van Petra en Mark (bijlage). Graag vooraf lezen.
                """,
                minutes="""
                    Petra van der Meer en Mark Smits lichten het concept toe. De handreiking
                    beschrijft in twee pagina's wat een school kan verwachten nadat zij een
                    melding heeft gedaan of advies heeft gevraagd:

                    - binnen vijf werkdagen hoort de school of Veilig Thuis de melding in
                      onderzoek neemt, overdraagt of afsluit;
                    - de school hoort welke organisatie het vervolg oppakt en wie daar het
                      aanspreekpunt is;
                    - inhoudelijke informatie over het gezin wordt alleen gedeeld als dat nodig
                      is voor de rol van de school;
                    - de school kan altijd terugbellen naar Veilig Thuis met nieuwe signalen.

                    De deelnemers zijn positief. Joost Hendriks vraagt of de handreiking ook voor
                    het ROC geldt; dat is zo, de afspraken gelden voor alle melders uit het
                    onderwijs. Wendy Mulder stelt voor een voorbeeldzin op te nemen die de
                    leerkracht kan gebruiken als ouders vragen wat er na een melding gebeurt.
                    Dat wordt overgenomen.

                    Met deze aanvullingen is de handreiking klaar. Petra en Mark verspreiden hem
                    via het netwerk van intern begeleiders.
                """,
                decisions=[
                    """
                    De handreiking terugkoppeling na een melding wordt met de genoemde
                    aanvullingen vastgesteld en verspreid onder de basisscholen en het ROC.
                    """,
                ],
                concerns=["c-terugkoppeling"],
            ),
            item(
                "Wat mag de school delen? Privacy en de AVG",
                planned_minutes=35,
                presenter="mvanderlinden",
                description="""
                    Sinds de AVG merken scholen dat zij voorzichtiger zijn met het delen van
                    informatie. Marieke licht de hoofdlijnen toe; daarna bespreken we de vragen
                    uit de praktijk.
                """,
                minutes="""
                    Joost Hendriks en Mark Smits brengen in dat leerkrachten sinds de invoering
                    van de AVG onzeker zijn over wat zij met het wijkteam, de GGD of Veilig Thuis
                    mogen delen. Uit voorzichtigheid wordt soms te weinig gedeeld, ook als er
                    zorgen zijn over de veiligheid van een kind.

                    Marieke van der Linden licht de hoofdlijnen toe. Uitgangspunt is dat je
                    informatie deelt met toestemming van de ouders, en dat je ouders vertelt wat
                    je deelt en waarom. Bij vermoedens van huiselijk geweld of kindermishandeling
                    geeft de meldcode een meldrecht: dan mag een professional ook zonder
                    toestemming advies vragen of melden bij Veilig Thuis. Deel alleen wat nodig
                    is voor het doel, en leg vast wat je hebt gedeeld.

                    In de praktijk roept dit nog veel vragen op, bijvoorbeeld over het zorgoverleg
                    op school en over mailverkeer. Marieke stelt samen met de privacyfunctionaris
                    van de gemeente een lijst met veelgestelde vragen op.
                """,
                concerns=["c-privacy"],
            ),
            item(
                "Communicatie tussen onderwijs en zorg",
                planned_minutes=30,
                presenter="ijvandenheuvel",
                description="""
                    IJsbrand van den Heuvel, trekker van het ontwikkelpunt, doet een voorstel
                    voor een overzicht van contactpersonen per school.
                """,
                minutes="""
                    IJsbrand van den Heuvel stelt voor per school één overzicht te maken van de
                    professionals die aan de school verbonden zijn: de contactpersoon in het
                    wijkteam, de jeugdverpleegkundige en de jeugdarts van de GGD, de
                    schoolconsulent waar die er is, en het nummer voor advies bij Veilig Thuis.
                    Het overzicht hangt in de teamkamer en wordt elk schooljaar bijgewerkt.

                    De deelnemers steunen het voorstel. Yasmina Bouzid wijst erop dat het
                    overzicht alleen werkt als iemand het bijhoudt. Afgesproken wordt dat de
                    intern begeleider dat doet, bij de start geholpen door de GGD.

                    Wendy Mulder merkt op dat een overzicht het persoonlijke contact niet
                    vervangt: 'Mensen bellen iemand die ze kennen.' Het overzicht is een begin;
                    het wijkoverleg uit het ontwikkelpunt 'Samenwerking in de wijk' blijft
                    nodig. IJsbrand probeert het overzicht eerst uit op drie scholen.
                """,
                decisions=[
                    """
                    Er komt per school een overzicht van vaste contactpersonen in zorg en
                    onderwijs; de intern begeleider houdt het bij.
                    """,
                ],
                concerns=["c-samenwerking"],
            ),
            item(
                "Rondvraag",
                "any_other_business",
                10,
                minutes="Er zijn geen vragen.",
            ),
            item(
                "Sluiting",
                "closing",
                5,
                minutes="""
                    Hanneke sluit de bijeenkomst om 17.00 uur. De volgende bijeenkomst is op
                    donderdag 22 november 2018 in het Stadskantoor.
                """,
            ),
        ],
    ),
]
