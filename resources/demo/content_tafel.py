"""Demo content: the table 'Onderwijs en zorg vinden elkaar!' and what it produced.

Its meetings live in content_tafel_bijeenkomsten_*.py, its actions in content_tafel_acties.py.
"""

from demo_model import concern, development_point, item, meeting, practice, table

TABLES = [
    table(
        "oz",
        "Onderwijs en zorg vinden elkaar!",
        goal="""
            De samenwerking tussen onderwijs en zorg op het gebied van geweld in gezinnen
            verbeteren: antwoorden vinden op de vragen en zorgen uit de praktijk, en goede
            voorbeelden van samenwerking verzamelen en verspreiden.
        """,
        description="""
            Het idee voor deze ontwikkeltafel ontstond bij de voorbereiding van een workshop
            voor het tweede congres 'geweld in gezinnen' van het Kennisplatform Utrecht Sociaal
            (KUS). In de workshop wisselden medewerkers uit de zorg en uit het onderwijs
            ervaringen uit over hun samenwerking: welke vragen en zorgen er in de praktijk leven,
            en welke goede voorbeelden er zijn. De conclusie was dat de samenwerking veel beter
            kan.

            In januari 2018 ging de tafel van start, met deelnemers uit de zorg (GGD, wijkteam,
            SAVE, Veilig Thuis), het onderwijs (basisonderwijs en ROC) en een beleidsmedewerker
            van de gemeente. Andere geïnteresseerden zijn welkom.
        """,
        themes=["geweld", "onderwijs-zorg", "ouders"],
        started_on="2018-01-18",
        status="active",
        members=[
            ("hverbeek", "chair"),
            ("sdewit", "secretary"),
            ("ijvandenheuvel", "member"),
            ("idboer", "member"),
            ("ybouzid", "member"),
            ("wmulder", "member"),
            ("rkok", "member"),
            ("pvandermeer", "member"),
            ("msmits", "member"),
            ("jhendriks", "member"),
            ("mvanderlinden", "advisor"),
        ],
        agenda_template=[
            ("Opening", "opening", 5),
            ("Mededelingen", "announcements", 10),
            ("Vaststellen agenda", "agenda", 5),
            ("Verslag vorige bijeenkomst", "previous_minutes", 10),
            ("Actielijst", "action_list", 15),
            ("Inhoudelijk punt", "topic", 40),
            ("Rondvraag", "any_other_business", 10),
            ("Sluiting", "closing", 5),
        ],
        retention_years=5,
    ),
]

MEETINGS = [
    meeting(
        "kus-workshop",
        "Workshop 'Samenwerking onderwijs en zorg' op het tweede congres Geweld in gezinnen",
        table=None,
        kind="workshop",
        starts="2017-11-09 13:30",
        ends="15:00",
        location="Congres 'Geweld in gezinnen' van het KUS, Utrecht",
        chair="hverbeek",
        secretary="sdewit",
        status="held",
        notes="""
            Uit deze workshop is de ontwikkeltafel 'Onderwijs en zorg vinden elkaar!'
            voortgekomen. De opbrengst (vragen, zorgen en een eerste goed voorbeeld) is bij de
            tafel vastgelegd; van de workshop zelf is geen verslag gemaakt.
        """,
        present=[
            "hverbeek",
            "sdewit",
            "ijvandenheuvel",
            "ybouzid",
            "rkok",
            "pvandermeer",
            "msmits",
            "mvanderlinden",
        ],
        agenda=[
            item(
                "Welkom en aanleiding",
                "opening",
                10,
                presenter="hverbeek",
                description="""
                    Waarom een workshop over de samenwerking tussen onderwijs en zorg bij
                    geweld in gezinnen?
                """,
            ),
            item(
                "Uitwisseling: hoe werken onderwijs en zorg nu samen?",
                planned_minutes=30,
                presenter="hverbeek",
                description="""
                    In gemengde groepjes (onderwijs en zorg door elkaar) deelt iedereen een
                    recente ervaring met samenwerking rond een gezin waar geweld speelt. Zonder
                    namen of herleidbare details.
                """,
            ),
            item(
                "Welke vragen en zorgen leven er in de praktijk?",
                planned_minutes=25,
                presenter="sdewit",
                description="De groepjes noteren hun vragen en zorgen op flappen.",
                concerns=["c-gesprek", "c-behoefte", "c-samenwerking", "c-visie"],
            ),
            item(
                "Goede voorbeelden van samenwerking",
                planned_minutes=15,
                presenter="hverbeek",
                description="Welke samenwerking werkt al wel, en waarom?",
                practices=["schoolconsulent"],
            ),
            item(
                "Afsluiting: vervolg als ontwikkeltafel?",
                "closing",
                10,
                presenter="hverbeek",
                description="Peiling: wie wil verder praten in een ontwikkeltafel?",
            ),
        ],
    ),
]

CONCERNS = [
    concern(
        "c-gesprek",
        "Hoe kom je in gesprek met gezinnen, en hoe blijf je in gesprek?",
        table="oz",
        kind="question",
        description="""
            Professionals uit onderwijs en zorg vinden het lastig om bij vermoedens van geweld
            het gesprek met ouders aan te gaan. Als er eenmaal hulp is ingeschakeld, verwatert
            het contact vaak. Wie neemt het initiatief, en hoe houd je het gesprek open als
            ouders zich terugtrekken?
        """,
        raised_by="ybouzid",
        raised_in="kus-workshop",
        status="discussing",
        priority="high",
        themes=["geweld", "ouders"],
    ),
    concern(
        "c-behoefte",
        "Wat hebben kinderen en ouders nodig?",
        table="oz",
        kind="question",
        description="""
            We weten vaak niet goed wat kinderen en ouders zelf nodig hebben van school en
            hulpverlening. Hulp wordt ingevuld vanuit het aanbod van de organisaties, niet vanuit
            de vraag van het gezin.
        """,
        raised_by="ijvandenheuvel",
        raised_in="kus-workshop",
        status="discussing",
        priority="normal",
        themes=["ouders"],
    ),
    concern(
        "c-samenwerking",
        "Hoe verloopt de samenwerking tussen onderwijs en zorg?",
        table="oz",
        kind="question",
        description="""
            Deelnemers hebben weinig zicht op elkaars taken en werkwijze. Scholen weten niet
            altijd wie ze kunnen bellen; zorgprofessionals weten niet wat de school al heeft
            gedaan.
        """,
        raised_by="mvanderlinden",
        raised_in="kus-workshop",
        status="addressed",
        priority="normal",
        resolution="""
            Opgepakt in de ontwikkelpunten 'Samenwerking in de wijk' en 'Verbetering van de
            communicatie tussen onderwijs en zorg'. Een overzicht van vaste contactpersonen per
            school wordt op drie scholen uitgeprobeerd.
        """,
        themes=["onderwijs-zorg"],
        practices=["schoolconsulent"],
    ),
    concern(
        "c-visie",
        "Gebrek aan visie op samenwerking mét ouders en kinderen",
        table="oz",
        kind="concern",
        description="""
            Er wordt vooral 'over' in plaats van 'met' ouders en kinderen gesproken. In
            overleggen tussen school en zorg zitten ouders en kinderen zelden aan tafel, en er is
            geen gedeelde visie op hoe dat anders kan.
        """,
        raised_by="rkok",
        raised_in="kus-workshop",
        status="addressed",
        priority="high",
        resolution="""
            Op 22 november 2018 heeft de tafel vijf uitgangspunten 'Met ouders en kinderen'
            vastgesteld als werkvisie. De deelnemers bespreken die in hun eigen team; de
            reacties komen terug in januari 2019.
        """,
        themes=["ouders", "onderwijs-zorg"],
    ),
    concern(
        "c-18plus",
        "Jongeren op het ROC vallen bij 18 jaar tussen wal en schip",
        table="oz",
        kind="concern",
        description="""
            Bij studenten die 18 worden stopt de jeugdhulp, terwijl de situatie thuis vaak niet
            veranderd is. Het ROC ziet signalen van geweld thuis, maar de route naar hulp is voor
            18-plussers anders en minder bekend.
        """,
        raised_by="jhendriks",
        raised_in="oz1",
        status="parked",
        priority="low",
        resolution="""
            Geparkeerd op 5 juli 2018: het onderwerp valt buiten de focus van de tafel op het
            basisonderwijs. Het ROC brengt de signalen in bij het regionale overleg 18-/18+.
        """,
        themes=["geweld"],
    ),
    concern(
        "c-contactpersonen",
        "Wisselende contactpersonen in het wijkteam",
        table="oz",
        kind="bottleneck",
        description="""
            Scholen krijgen steeds met andere medewerkers van het wijkteam te maken. Elke keer
            moet opnieuw worden uitgelegd wat er speelt, en er gaat informatie verloren.
        """,
        raised_by="msmits",
        raised_in="oz2",
        status="addressed",
        priority="normal",
        resolution="""
            Opgepakt via het goede voorbeeld van de schoolconsulent en het voorstel om de
            schoolconsulent op meer basisscholen in te zetten.
        """,
        themes=["onderwijs-zorg"],
        practices=["schoolconsulent"],
    ),
    concern(
        "c-terugkoppeling",
        "Na een melding bij Veilig Thuis hoort de school niets meer",
        table="oz",
        kind="bottleneck",
        description="""
            Scholen die een melding doen of advies vragen, weten daarna vaak niet of en hoe het
            gezin geholpen wordt. Leerkrachten blijven met hun zorgen zitten en het vertrouwen in
            melden neemt af.
        """,
        raised_by="msmits",
        raised_in="oz3",
        status="resolved",
        priority="high",
        resolution="""
            De handreiking 'Terugkoppeling na een melding' is op 27 september 2018 vastgesteld
            en op 15 november 2018 verspreid onder de basisscholen in de twee wijken en het ROC.
        """,
        themes=["geweld", "onderwijs-zorg"],
    ),
    concern(
        "c-kinderen",
        "Hoe betrek je kinderen zelf bij gesprekken over veiligheid thuis?",
        table="oz",
        kind="question",
        description="""
            Kinderen worden zelden rechtstreeks gevraagd wat zij nodig hebben. Hoe praat je,
            passend bij de leeftijd, met een kind over wat het thuis meemaakt, zonder het kind
            te belasten of in een loyaliteitsconflict te brengen?
        """,
        raised_by="idboer",
        raised_in="oz4",
        status="open",
        priority="normal",
        themes=["geweld", "ouders"],
    ),
    concern(
        "c-privacy",
        "Onduidelijk welke informatie de school mag delen",
        table="oz",
        kind="bottleneck",
        description="""
            Sinds de AVG van kracht is (25 mei 2018) twijfelen leerkrachten en intern
            begeleiders wat ze wel en niet met het wijkteam, de GGD of Veilig Thuis mogen delen.
            Uit voorzichtigheid wordt soms te weinig gedeeld, ook als er zorgen zijn over de
            veiligheid van een kind.
        """,
        raised_by="jhendriks",
        raised_in="oz5",
        status="discussing",
        priority="high",
        themes=["privacy", "onderwijs-zorg"],
    ),
]

DEVELOPMENT_POINTS = [
    development_point(
        "dp-wijk",
        "Samenwerking in de wijk",
        table="oz",
        description="""
            Scholen, wijkteam, GGD en jeugdbescherming kennen elkaar in de wijk en weten elkaar
            snel te vinden. Elke basisschool heeft een vaste contactpersoon in het wijkteam, en
            er komt een periodiek wijkoverleg onderwijs en zorg.
        """,
        status="in_progress",
        owner="mvanderlinden",
        concerns=["c-samenwerking", "c-contactpersonen"],
    ),
    development_point(
        "dp-communicatie",
        "Verbetering van de communicatie tussen onderwijs en zorg",
        table="oz",
        description="""
            Heldere afspraken over wie wie informeert, wanneer en hoe: terugkoppeling na een
            melding, een overzicht van contactpersonen per school en duidelijkheid over wat er
            gedeeld mag worden.
        """,
        status="in_progress",
        owner="ijvandenheuvel",
        concerns=["c-samenwerking", "c-terugkoppeling", "c-privacy"],
    ),
    development_point(
        "dp-visie",
        "Gezamenlijke visie: in gesprek mét ouders en kinderen",
        table="oz",
        description="""
            Een korte, gedeelde visie met uitgangspunten voor werken mét ouders en kinderen in
            plaats van over hen, die alle deelnemende organisaties in hun eigen team bespreken.
        """,
        status="in_progress",
        owner="rkok",
        concerns=["c-visie", "c-gesprek", "c-behoefte", "c-kinderen"],
    ),
    development_point(
        "dp-handreiking",
        "Handreiking terugkoppeling na een melding",
        table="oz",
        description="""
            Een handreiking van twee pagina's voor scholen en Veilig Thuis: wat de school na een
            melding of adviesvraag mag verwachten, binnen welke termijn, en bij wie zij met
            vragen terechtkan.
        """,
        status="realised",
        owner="pvandermeer",
        concerns=["c-terugkoppeling"],
    ),
    development_point(
        "dp-schoolconsulent",
        "Schoolconsulent op meer basisscholen",
        table="oz",
        description="""
            Onderzoeken of de werkwijze van de schoolconsulent kan worden uitgebreid naar meer
            basisscholen, en wat daarvoor nodig is aan formatie en financiering.
        """,
        status="proposed",
        owner="wmulder",
        concerns=["c-contactpersonen", "c-samenwerking"],
    ),
    development_point(
        "dp-roc",
        "Doorgaande lijn van basisonderwijs naar ROC",
        table="oz",
        description="""
            Signalen van geweld in gezinnen ook volgen als een jongere naar het mbo gaat of 18
            wordt. Vervallen op 5 juli 2018: de tafel richt zich op het basisonderwijs; het
            onderwerp is ingebracht in het regionale overleg 18-/18+.
        """,
        status="dropped",
        owner="jhendriks",
        concerns=["c-18plus"],
    ),
]

PRACTICES = [
    practice(
        "schoolconsulent",
        "De schoolconsulent",
        summary="""
            Een zorgmedewerker die gekoppeld is aan verschillende basisscholen en daar een
            vast, laagdrempelig aanspreekpunt is voor leerkrachten, intern begeleiders en
            ouders.
        """,
        description="""
            De schoolconsulent is een medewerker van het wijkteam die vast verbonden is aan vier
            basisscholen in de wijk. Zij houdt op elke school een wekelijks spreekuur, schuift
            aan bij het zorgoverleg en is bereikbaar voor leerkrachten die twijfelen over een
            leerling.

            Ouders kunnen zonder verwijzing bij de schoolconsulent terecht, op school: een plek
            die ze al kennen. Daardoor komt het gesprek eerder op gang, ook over spanningen
            thuis.

            Omdat de schoolconsulent zowel de school als het wijkteam van binnen kent, zijn de
            lijnen kort. Zij schakelt snel met collega's in het wijkteam, met de
            jeugdverpleegkundige van de GGD en zo nodig met Veilig Thuis.
        """,
        organisations=["wijkteam", "kompas"],
        contact="wmulder",
        region="Utrecht",
        source="""
            Ontwikkeltafel 'Onderwijs en zorg vinden elkaar!' (Kennisplatform Utrecht Sociaal):
            genoemd in de workshop op het congres 'geweld in gezinnen', toegelicht op 15 maart
            2018.
        """,
        success_factors="""
            - Vaste gezichten: dezelfde persoon op dezelfde scholen, elke week
            - Spreekuur op school, zonder verwijzing, dus laagdrempelig voor ouders
            - Korte lijnen met het wijkteam, de GGD en Veilig Thuis
            - Schuift aan bij het zorgoverleg van de school
            - Tijd om een relatie op te bouwen met leerkrachten en ouders
        """,
        themes=["onderwijs-zorg", "geweld", "ouders"],
    ),
]
