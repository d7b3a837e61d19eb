"""Demo content: a municipality's theme meetings on the pedagogische infrastructuur (2019)."""

from demo_model import item, meeting, table

TABLES = [
    table(
        "ped",
        "Themabijeenkomsten pedagogische infrastructuur",
        goal="""
            Als gemeente alle partijen die bijdragen aan het opvoedkundig klimaat met elkaar
            verbinden, zodat zij hun krachten bundelen, op beleids- en op praktijkniveau.
        """,
        description="""
            Een sterke pedagogische infrastructuur is alleen mogelijk als alle partijen die
            bijdragen aan het lokale opvoedkundig klimaat hun krachten bundelen. De gemeente
            brengt als aanjager, regiehouder en gastheer de betrokkenen bij elkaar in een reeks
            themabijeenkomsten: welzijn, zelforganisaties en vrijwilligersorganisaties,
            onderwijs, kinderopvang, het CJG, wijkteams en de jeugdhulp.

            De gemeente heeft vooral een faciliterende rol: niet alle voorzieningen vallen onder
            dezelfde wettelijke kwaliteits- en financieringskaders.
        """,
        themes=["ped-infra", "ouders", "vve", "overdracht"],
        started_on="2019-02-07",
        status="active",
        members=[
            ("mvanderlinden", "chair"),
            ("pramdin", "secretary"),
            ("ctimmermans", "member"),
            ("mkaya", "member"),
            ("jvanwijk", "member"),
            ("agroen", "member"),
            ("idboer", "member"),
            ("msmits", "advisor"),
        ],
        agenda_template=[
            ("Welkom en opening", "opening", 10),
            ("Verslag vorige themabijeenkomst", "previous_minutes", 5),
            ("Inleiding op het thema", "topic", 25),
            ("Goede voorbeelden uit de praktijk", "topic", 50),
            ("Opbrengst en afspraken", "topic", 20),
            ("Afsluiting", "closing", 10),
        ],
        retention_years=5,
    ),
]

MEETINGS = [
    meeting(
        "ped1",
        "Themabijeenkomst 1: formele en informele netwerken",
        table="ped",
        kind="theme_meeting",
        starts="2019-02-07 19:30",
        ends="21:30",
        location="Stadskantoor Utrecht, Stadsplateau",
        chair="mvanderlinden",
        secretary="pramdin",
        status="minutes_approved",
        approved_on="2019-04-11",
        notes="""
            Ruim veertig aanmeldingen; alleen sprekers en vaste deelnemers staan bij de aanwezigen.
        """,
        present=[
            "mvanderlinden",
            "idboer",
            "agroen",
            "mkaya",
            "ctimmermans",
            "jvanwijk",
            "pramdin",
        ],
        excused=["msmits"],
        agenda=[
            item(
                "Welkom en opening",
                "opening",
                10,
                presenter="mvanderlinden",
                minutes="""
                    Marieke van der Linden heet ruim veertig deelnemers welkom: professionals uit
                    welzijn, onderwijs, kinderopvang, het CJG en de jeugdhulp, en
                    vertegenwoordigers van vrijwilligersorganisaties en ouderinitiatieven. De
                    gemeente organiseert deze reeks als verbinder: zij heeft zicht op alle
                    voorzieningen, maar de kracht zit in de samenwerking tussen de partijen zelf.
                """,
            ),
            item(
                "Formele en informele netwerken rond opvoeden",
                planned_minutes=25,
                presenter="mvanderlinden",
                minutes="""
                    Marieke schetst het belang van verbinding tussen de voorzieningen in de wijk
                    en het burgerinitiatief: ouders, jongeren, buurtbewoners, kerken en moskeeën,
                    sportverenigingen. Voorwaarde voor succes is dat professionals ruimte geven
                    aan wensen en initiatieven van burgers, en die ondersteunen in plaats van
                    overnemen.

                    Ook aansluiting bij georganiseerde vrijwillige inzet rond
                    opvoedingsondersteuning is kansrijk. Daarvan worden vanavond twee voorbeelden
                    gepresenteerd.
                """,
            ),
            item(
                "Home-Start: vrijwilligers ondersteunen ouders",
                planned_minutes=25,
                presenter="ctimmermans",
                minutes="""
                    Carla Timmermans vertelt over Home-Start, een preventieprogramma dat in 130
                    gemeenten loopt. Ervaren vrijwilligers ondersteunen ouders met ten minste één
                    kind van zes jaar of jonger in de thuissituatie. Het doel is te voorkomen dat
                    alledaagse problemen uitgroeien tot ernstige en langdurige problemen.

                    De vrijwilliger komt wekelijks op bezoek en sluit aan bij de vragen van de
                    ouder. Carla benadrukt de gelijkwaardigheid: de vrijwilliger is zelf ouder en
                    geen hulpverlener. Annemiek Groen vertelt dat het CJG regelmatig naar
                    Home-Start verwijst; zij maakt met Carla afspraken over verwijzing en
                    terugkoppeling.
                """,
                practices=["home-start"],
            ),
            item(
                "Maatjesprojecten: Social Brokers Nederland",
                planned_minutes=25,
                presenter="mkaya",
                minutes="""
                    Mehmet Kaya presenteert de aanpak van Social Brokers Nederland. Jongeren
                    worden gekoppeld aan een maatje dat fungeert als rolmodel en sociale steun
                    biedt. De maatjes komen vaak uit dezelfde wijk als de jongeren.

                    In tafelgroepen wordt besproken hoe scholen en wijkteams jongeren kunnen
                    wijzen op een maatje. Daaruit blijkt dat veel professionals de vrijwillige
                    initiatieven in hun wijk niet kennen.
                """,
                concerns=["pt-vrijwillig"],
                practices=["maatjes"],
            ),
            item(
                "Opbrengst en afspraken",
                planned_minutes=15,
                presenter="pramdin",
                minutes="""
                    Priya Ramdin vat de opbrengst van de tafelgroepen samen:

                    - professionals kennen het vrijwillige aanbod in de wijk onvoldoende;
                    - vrijwilligersorganisaties willen beter aansluiten bij het CJG en de
                      wijkteams;
                    - er is behoefte aan één overzicht van opvoedingsondersteuning, formeel en
                      informeel.

                    Afgesproken wordt een sociale kaart opvoedingsondersteuning te maken.
                """,
                decisions=[
                    """
                    De gemeente maakt met de partners een sociale kaart van formele en informele
                    opvoedingsondersteuning.
                    """,
                ],
                concerns=["pt-vrijwillig"],
            ),
            item(
                "Afsluiting",
                "closing",
                5,
                minutes="""
                    Marieke dankt sprekers en deelnemers. De volgende themabijeenkomst, op 11
                    april, gaat over ouders en de pedagogische basisvoorzieningen.
                """,
            ),
        ],
    ),
    meeting(
        "ped2",
        "Themabijeenkomst 2: ouders en basisvoorzieningen",
        table="ped",
        kind="theme_meeting",
        starts="2019-04-11 19:30",
        ends="21:30",
        location="Centrum voor Jeugd en Gezin, ontmoetingsruimte",
        chair="mvanderlinden",
        secretary="pramdin",
        status="minutes_approved",
        approved_on="2019-06-13",
        present=[
            "mvanderlinden",
            "idboer",
            "agroen",
            "msmits",
            "ctimmermans",
            "jvanwijk",
            "pramdin",
        ],
        excused=["mkaya"],
        agenda=[
            item(
                "Welkom en opening",
                "opening",
                10,
                presenter="mvanderlinden",
                minutes="""
                    Marieke van der Linden opent de bijeenkomst en bedankt het CJG voor de
                    ontvangst. Mehmet Kaya heeft zich afgemeld.
                """,
            ),
            item(
                "Verslag themabijeenkomst 7 februari 2019",
                "previous_minutes",
                5,
                minutes="""
                    Het verslag wordt ongewijzigd vastgesteld. Priya meldt dat de sociale kaart
                    opvoedingsondersteuning in opbouw is (actie 2019-01) en dat het CJG en
                    Home-Start afspraken hebben gemaakt over verwijzing (actie 2019-02,
                    afgerond).
                """,
                decisions=[
                    "Het verslag van de themabijeenkomst van 7 februari 2019 wordt vastgesteld."
                ],
            ),
            item(
                "Investeren in kinderen is investeren in ouders",
                planned_minutes=25,
                presenter="mvanderlinden",
                minutes="""
                    Marieke licht toe dat investeren in kinderen vaak ook investeren in de ouders
                    betekent. De gemeente kan ouders meer betrekken bij de sociale omgeving van
                    hun kinderen en onderlinge contacten tussen ouders stimuleren. Zo ontstaat
                    een stevig fundament waar ervaringen met opvoeden gedeeld kunnen worden. Dat
                    doet de gemeente niet alleen, maar samen met de pedagogische
                    basisvoorzieningen.

                    Mark Smits (Het Kompas) vertelt dat de school ouders vooral ziet bij
                    rapportgesprekken, en dat ontmoeting tussen ouders onderling nauwelijks wordt
                    georganiseerd.
                """,
            ),
            item(
                "UW Ouderplatform",
                planned_minutes=25,
                presenter="jvanwijk",
                minutes="""
                    Judith van Wijk vertelt over het UW Ouderplatform, een ouderinitiatief dat een
                    verbindende schakel vormt tussen ouders, gemeente en onderwijs. Ouders
                    organiseren zelf bijeenkomsten over opvoedthema's en brengen hun vragen in
                    bij school en gemeente.

                    Volgens Judith werkt het omdat ouders elkaar in hun eigen taal aanspreken, en
                    omdat professionals aanschuiven als gast, niet als deskundige die het gesprek
                    leidt. Een knelpunt is dat het platform draait op een kleine groep actieve
                    ouders.
                """,
                practices=["uw-ouderplatform"],
            ),
            item(
                "Het CJG als spil in het netwerk",
                planned_minutes=25,
                presenter="agroen",
                minutes="""
                    Annemiek Groen beschrijft het CJG als laagdrempelige voorziening voor
                    informatie en advies bij opvoedvragen. De medewerkers weten wat er leeft en
                    kunnen aansluiten bij wat er is, of zelf initiatief nemen. Tegelijk heeft het
                    CJG overzicht van het achterliggende veld van jeugdhulp.

                    De vraag komt op hoe ouders worden bereikt die niet naar het CJG of naar
                    ouderavonden komen. Ilse de Boer noemt het consultatiebureau: vrijwel alle
                    ouders van jonge kinderen komen daar. Judith stelt voor ouders zelf als
                    ambassadeur in te zetten.

                    De gemeente maakt met het CJG afspraken over het openstaan voor en
                    samenwerken met ouders, medeopvoeders en beroepskrachten.
                """,
                decisions=[
                    """
                    De gemeente legt in de afspraken met het CJG vast dat het CJG samenwerkt met
                    ouderinitiatieven zoals het UW Ouderplatform.
                    """,
                ],
                concerns=["pt-bereik"],
                practices=["cjg", "uw-ouderplatform"],
            ),
            item(
                "Afsluiting",
                "closing",
                5,
                minutes="""
                    Marieke sluit de bijeenkomst om 21.30 uur. De volgende themabijeenkomst, op
                    13 juni, gaat over de overgang van voorschoolse voorzieningen naar de
                    basisschool.
                """,
            ),
        ],
    ),
    meeting(
        "ped3",
        "Themabijeenkomst 3: van voorschool naar basisschool",
        table="ped",
        kind="theme_meeting",
        starts="2019-06-13 19:30",
        ends="21:30",
        location="Basisschool Het Kompas, aula",
        chair="mvanderlinden",
        secretary="pramdin",
        status="minutes_draft",
        present=["mvanderlinden", "idboer", "agroen", "msmits", "ctimmermans", "pramdin"],
        excused=["jvanwijk"],
        absent=["mkaya"],
        agenda=[
            item(
                "Welkom en opening",
                "opening",
                10,
                presenter="mvanderlinden",
                minutes="""
                    Marieke van der Linden opent de bijeenkomst en bedankt Het Kompas voor de
                    gastvrijheid. Judith van Wijk heeft zich afgemeld.
                """,
            ),
            item(
                "Verslag themabijeenkomst 11 april 2019",
                "previous_minutes",
                5,
                minutes="""
                    Het verslag wordt ongewijzigd vastgesteld. Actie 2019-01 (sociale kaart) is
                    afgerond: de kaart staat online. Actie 2019-04 (ouderambassadeurs) is
                    afgerond; het voorstel wordt na de zomer uitgewerkt. Actie 2019-03 (afspraken
                    met het CJG) loopt.
                """,
                decisions=[
                    "Het verslag van de themabijeenkomst van 11 april 2019 wordt vastgesteld."
                ],
            ),
            item(
                "Vve en warme overdracht",
                planned_minutes=30,
                presenter="msmits",
                minutes="""
                    Marieke licht toe dat onderwijs, kinderopvang, peuterspeelzalen en voor- en
                    vroegschoolse educatie (vve) meer op elkaar moeten worden afgestemd. Het gaat
                    steeds om lokaal maatwerk, met twee uitgangspunten:

                    - het uitstroomniveau van de voorschoolse voorzieningen sluit zoveel mogelijk
                      aan bij het startniveau van het basisonderwijs, bijvoorbeeld met
                      ontwikkeldoelen of door vve;
                    - kinderen worden goed overgedragen van kinderopvang en peuterspeelzaal naar
                      het onderwijs, met een heldere overdracht van gegevens over hun
                      ontwikkeling.

                    Mark Smits vertelt hoe Het Kompas werkt met een warme overdracht: bij peuters
                    met een vve-indicatie of bijzonderheden spreken pedagogisch medewerker, ouder
                    en leerkracht elkaar vóór de start in groep 1. Een knelpunt is dat
                    overdrachtsgegevens soms ontbreken, omdat niet duidelijk is of de ouders
                    toestemming hebben gegeven.
                """,
                decisions=[
                    """
                    Er komt een werkafspraak voor de hele gemeente over de warme overdracht van
                    voorschoolse voorzieningen naar de basisschool, met een vast moment voor de
                    toestemming van ouders.
                    """,
                ],
                concerns=["pt-overdracht"],
                practices=["warme-overdracht"],
            ),
            item(
                "Alert4You: kinderopvang en jeugdhulp",
                planned_minutes=25,
                presenter="mvanderlinden",
                minutes="""
                    In de specialistische hulp is veel expertise opgebouwd over
                    probleemsituaties. Door die kennis naar voren te halen, naar de pedagogische
                    basisvoorzieningen, kunnen beginnende kwesties in de basis worden opgelost,
                    nog voordat ze uit de hand lopen.

                    Marieke presenteert als voorbeeld de aanpak van Alert4You, die bestaande en
                    nieuwe samenwerkingsvormen tussen kinderopvang en jeugdhulp stimuleert.
                    Deelnemers uit de kinderopvang hebben vooral behoefte aan een vast
                    aanspreekpunt in de jeugdhulp, bij wie zij laagdrempelig over een kind kunnen
                    overleggen.
                """,
                practices=["alert4you"],
            ),
            item(
                "Wijkteams en het collectief",
                planned_minutes=25,
                presenter="agroen",
                minutes="""
                    Annemiek Groen brengt in dat wijkteams het lokale veld van
                    basisvoorzieningen goed kennen, laagdrempelige hulp bieden en een rol hebben
                    bij het vroegtijdig signaleren van problemen. Vaak staan daarbij nog
                    individuele gezinnen centraal.

                    De deelnemers bespreken hoe wijkteams meer naar het collectief kunnen kijken,
                    bijvoorbeeld door het bewustzijn te vergroten dat de sociale omgeving van
                    gezinnen kan worden ingeschakeld bij dilemma's, obstakels en problemen. Carla
                    Timmermans noemt de vrijwilligers van Home-Start als voorbeeld van zo'n
                    sociale omgeving.
                """,
                decisions=[
                    """
                    Het collectief werken van de wijkteams is het thema van de eerste
                    themabijeenkomst na de zomer.
                    """,
                ],
                concerns=["pt-collectief"],
                practices=["home-start"],
            ),
            item(
                "Afsluiting",
                "closing",
                5,
                minutes="""
                    Marieke dankt iedereen en sluit de laatste themabijeenkomst voor de zomer om
                    21.35 uur.
                """,
            ),
        ],
    ),
]
