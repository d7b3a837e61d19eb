"""Dutch phrase pools for minutes, descriptions, decisions and actions; `{slot}` expands."""

from benchmarks.workload.names import pool

ACTOR = pool(
    """
de school|het wijkteam|de gemeente|de kinderopvang|Veilig Thuis|de GGD|het jongerenwerk
de intern begeleider|de jeugdverpleegkundige|de wijkagent|het samenwerkingsverband
de leerplichtambtenaar|het schoolmaatschappelijk werk|de woningcorporatie|de huisarts
de praktijkondersteuner jeugd|de jeugdarts|de pedagogisch coach|het consultatiebureau
de buurtsportcoach|de schoolconsulent|de gezinscoach|het maatschappelijk werk|de wethouder
de beleidsadviseur van de gemeente|de directeur van het kindcentrum|de werkgroep|de tafel
de voorzitter|een van de deelnemers|het bestuur van de stichting|de ouderraad
de jeugdhulpaanbieder|het Centrum voor Jeugd en Gezin|KION|Conexus|MAAT
""",
    "|",
)

ISSUE = pool(
    """
pestproblemen die vanuit de wijk de school binnenkomen
huiselijk geweld in gezinnen met jonge kinderen
thuiszitters in het voortgezet onderwijs
schooluitval onder jongeren van 16 tot 18 jaar
de lange wachtlijsten in de jeugd-ggz
armoede in gezinnen met schoolgaande kinderen
taalachterstand bij peuters
eenzaamheid onder jongeren
overlast rond het winkelcentrum in {district}
middelengebruik onder tieners
financiële zorgen bij ouders
kinderen die zonder ontbijt naar school komen
vechtscheidingen en de gevolgen voor kinderen
verzuim rond de schoolvakanties
onveilige situaties in de thuissituatie
signalen van kindermishandeling die niet worden opgepakt
ouders die afhaken bij de overdracht naar de basisschool
de werkdruk van leerkrachten en pedagogisch medewerkers
gebrekkige informatie-uitwisseling tussen organisaties
de versnippering van het aanbod in {district}
het ontbreken van een vast aanspreekpunt voor gezinnen
jongeren die buiten beeld raken na hun achttiende
""",
    "\n",
)

TOPIC = pool(
    """
de warme overdracht van kinderopvang naar basisschool
vroegsignalering in de voorschoolse periode
de aansluiting tussen onderwijs en jeugdhulp
ouderbetrokkenheid
de eigen kracht van gezinnen
wijkgericht werken in {district}
een sluitende aanpak rond thuiszitters
de meldcode huiselijk geweld en kindermishandeling
voor- en vroegschoolse educatie
een gezamenlijk scholingsaanbod voor professionals
korte lijnen tussen school en wijkteam
preventieve ondersteuning in de wijk
een laagdrempelig spreekuur op school
de inzet van ervaringsdeskundigen
de samenwerking met de huisartsen
de vorming van een integraal kindcentrum in {district}
zorg in en om de school
het delen van gegevens binnen de privacyregels
een gezonde leefstijl voor kinderen
de rol van het jongerenwerk op het schoolplein
een doorgaande lijn van 0 tot 12 jaar
gezamenlijke coördinatie rond gezinnen met meerdere vragen
het benutten van schoolgebouwen voor de buurt
de ideeën van ouders en kinderen zelf
""",
    "\n",
)

PRACTICE = pool(
    """
de schoolconsulent|het project ‘Vreedzame School’|de aanpak ‘Vreedzame Wijk’|Buurtgezinnen
de gezinscoach in de school|het ouderkindcentrum|Kind in beeld|de Kanjertraining
Samen Starten|het spreekuur van de jeugdverpleegkundige|het ontbijtproject
de huiswerkklas in het buurthuis|het taalcafé voor ouders|Eigen Kracht-conferenties
de aanpak ‘Alle kinderen doen mee’|het preventieteam|de nazorg na een melding
de buurtsportcoach op het schoolplein|het mentorprogramma ‘Maatje’|de wijkgerichte zorgtafel
Home-Start|het All-in-concept van Smart Start|de Rijke Schooldag|de Opvoedpoli op school
""",
    "|",
)

CLAUSE = pool(
    """
er in de wijk meer behoefte is aan laagdrempelige ondersteuning
de lijnen tussen school en wijkteam korter moeten
ouders eerder betrokken willen worden
de problemen zich op verschillende terreinen voordoen
het aanbod voor ouders nog onvoldoende bekend is
de samenwerking in de praktijk goed verloopt
de financiering na dit jaar nog niet rond is
niet iedere organisatie dezelfde werkwijze hanteert
er veel herkenning is over en weer
de pilot in {district} positieve resultaten laat zien
de doorlooptijden bij de jeugdhulp te lang zijn
het schoolgebouw 's middags beschikbaar is voor activiteiten in de buurt
professionals handelingsverlegen zijn bij signalen van geweld
de privacyregels soms als drempel worden ervaren
het aantal meldingen het afgelopen jaar met ongeveer {percent} procent is gestegen
de gemeente bereid is mee te denken over een vervolg
projecten binnen en buiten de school op elkaar moeten aansluiten
kinderen baat hebben bij één vast aanspreekpunt
de evaluatie na de zomer wordt besproken
meer scholen in {district} willen aansluiten
de jongeren zelf nog te weinig worden gehoord
de ideeën uit de vorige bijeenkomst verder zijn uitgewerkt
{practice} ook in {district} kan worden ingezet
{issue} vaak pas laat zichtbaar worden
er een budget van € {amount} beschikbaar is voor dit jaar
de coördinatie rond gezinnen nu bij te veel partijen ligt
het werkveld onderwijs en kinderopvang een belangrijke vindplaats is
""",
    "\n",
)

# object | te-infinitive | bare infinitive: "om X te Y" and the action "X Y"
TODO = tuple(
    tuple(part.strip() for part in line.split("|"))
    for line in pool(
        """
een gezamenlijke bijeenkomst voor ouders|te organiseren|organiseren
de casus in de volgende bijeenkomst verder|te bespreken|bespreken
een overzicht van het aanbod in {district}|te maken|maken
contact|op te nemen met het samenwerkingsverband|opnemen met het samenwerkingsverband
de resultaten van de pilot met de tafel|te delen|delen
een werkbezoek aan {org}|te plannen|plannen
de wethouder voor een volgende bijeenkomst|uit te nodigen|uitnodigen
een notitie voor het bestuurlijk overleg|op te stellen|opstellen
de werkafspraken over {topic} op papier|te zetten|zetten
een scholingsmiddag over de meldcode|te organiseren|organiseren
de signalen uit {district} in een korte rapportage|te bundelen|bundelen
de ervaringen van ouders met {practice}|op te halen|ophalen
een voorstel voor de verdeling van het budget|uit te werken|uitwerken
de contactgegevens van alle deelnemers|rond te sturen|rondsturen
de evaluatie van {practice}|voor te bereiden|voorbereiden
een factsheet over {topic}|te schrijven|schrijven
""",
        "\n",
    )
)

OPENER = pool(
    """
Naar aanleiding van het vorige verslag|In de bespreking|Vanuit het onderwijs
Vanuit de kinderopvang|Tijdens het werkbezoek|Op verzoek van de voorzitter|In aansluiting hierop
Desgevraagd|Vanuit de wijkteams|Uit de evaluatie|In de werkgroep|Bij de terugkoppeling
""",
    "|",
)

INVERTED = pool("wordt opgemerkt dat|komt naar voren dat|blijkt dat|wordt benadrukt dat", "|")

SENTENCE = pool(
    """
{Actor} signaleert een toename van {issue}.
{Actor} maakt zich zorgen over {issue}.
{Actor} ziet kansen voor {topic}.
{Actor} wil meer inzetten op {topic}.
{Actor} heeft goede ervaringen met {practice}.
{Actor} vraagt aandacht voor {issue}.
{Actor} benadrukt het belang van {topic}.
{Actor} merkt dat {clause}.
{Actor} geeft aan dat {clause}.
{Actor} stelt voor om {todo}.
{Actor} biedt aan om {todo}.
{Actor} herkent het beeld dat {clause}.
{Opener} {inverted} {clause}.
{Opener} {inverted} {clause}.
{name} ({org}) geeft aan dat {clause}.
{name} licht de stand van zaken rond {topic} toe.
{name} vertelt over {practice} en laat zien wat daarin goed werkt.
{name} vraagt of {clause}.
{name} vult aan dat {clause}.
Volgens {name} is het belangrijk dat {clause}.
Er is veel herkenning over en weer.
Dat lukt niet als individuele organisatie, dat moet in gezamenlijkheid worden aangepakt.
De voorzitter dankt {name} voor de heldere toelichting.
Het is van belang dat {clause}.
Een voorbeeld is {practice}, dat in {district} inmiddels {years} jaar loopt.
Helaas is er nog te weinig zicht op {issue}.
Afgesproken wordt dat {actor} het initiatief neemt om {todo}.
Over de uitwerking van {topic} is nog geen overeenstemming.
Dit punt komt terug op de agenda van de volgende bijeenkomst.
Alle deelnemers onderschrijven dit.
""",
    "\n",
)


BULLET_INTRO = pool(
    """
Genoemde aandachtspunten:|De belangrijkste punten uit de bespreking:|Afspraken:
Vervolgstappen:|Wat gaat goed:|Wat kan beter:|Suggesties vanuit de tafel:
""",
    "|",
)

BULLET = pool(
    """
{Topic}|{Issue}|{Task}|{Practice} uitbreiden naar {district}|{name}: {task}
""",
    "|",
)

SHORT = {
    "opening": pool(
        """
De voorzitter opent de bijeenkomst en heet iedereen welkom.
De voorzitter heet in het bijzonder {name} welkom, die voor het eerst aanschuift.
Er zijn geen mededelingen.
{name} meldt dat {clause}.
""",
        "\n",
    ),
    "announcements": pool(
        """
{name} meldt dat {clause}.
Er zijn geen mededelingen.
De gemeente meldt dat {clause}.
""",
        "\n",
    ),
    "agenda": pool(
        """
De agenda wordt ongewijzigd vastgesteld.
De agenda wordt vastgesteld; bij de rondvraag komt {topic} aan de orde.
""",
        "\n",
    ),
    "previous_minutes": pool(
        """
Het verslag wordt ongewijzigd vastgesteld.
Het verslag wordt met een kleine wijziging vastgesteld.
Naar aanleiding van het verslag vraagt {name} naar de stand van zaken rond {topic}.
""",
        "\n",
    ),
    "any_other_business": pool(
        """
{name} vraagt aandacht voor {issue}.
Er zijn geen vragen voor de rondvraag.
{name} nodigt iedereen uit voor de bijeenkomst over {topic} in {district}.
""",
        "\n",
    ),
    "closing": pool(
        """
De voorzitter dankt iedereen voor de inbreng en sluit de bijeenkomst.
De voorzitter sluit de bijeenkomst om {time} uur.
""",
        "\n",
    ),
}
SHORT["action_list"] = SHORT["previous_minutes"]
