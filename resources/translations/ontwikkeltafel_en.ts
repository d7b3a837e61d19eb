<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="37" />
            <source>Ontwikkeltafel</source>
            <translation>Ontwikkeltafel</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="40" />
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="60" />
            <source>Tafel</source>
            <translation>Table</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="41" />
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="59" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="42" />
            <source>Gestart</source>
            <translation>Started</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="44" />
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="99" />
            <source>Bijeenkomsten</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="56" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="57" />
            <source>Bijeenkomst</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="58" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="70" />
            <source>afgesloten</source>
            <translation>closed</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="79" />
            <source>tafelbijeenkomst</source>
            <translation>table session</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="80" />
            <source>vastgesteld verslag</source>
            <translation>approved minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="86" />
            <source>Alle bijeenkomsten</source>
            <translation>All meetings</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="91" />
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="98" />
            <source>Tafels en bijeenkomsten</source>
            <translation>Tables and meetings</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="100" />
            <source>Personen</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="101" />
            <source>Organisaties</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="102" />
            <source>Thema's</source>
            <translation>Themes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="103" />
            <source>Vragen en zorgen</source>
            <translation>Questions and concerns</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="104" />
            <source>Goede voorbeelden</source>
            <translation>Good practices</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="105" />
            <source>Ontwikkelpunten</source>
            <translation>Development points</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="106" />
            <source>Actiepunten</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="112" />
            <source>&lt;b&gt;Tafels&lt;/b&gt;</source>
            <translation>&lt;b&gt;Tables&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="163" />
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="164" />
            <source>&amp;Afsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="198" />
            <source>&lt;b&gt;Alle bijeenkomsten&lt;/b&gt; (%n)</source>
            <translation>
                <numerusform>&lt;b&gt;All meetings&lt;/b&gt; (%n)</numerusform>
                <numerusform>&lt;b&gt;All meetings&lt;/b&gt; (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/ontwikkeltafel/ui/main_window.py" line="202" />
            <source>&lt;b&gt;Bijeenkomsten van %1&lt;/b&gt; (%n)</source>
            <translation>
                <numerusform>&lt;b&gt;Meetings of %1&lt;/b&gt; (%n)</numerusform>
                <numerusform>&lt;b&gt;Meetings of %1&lt;/b&gt; (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="31" />
            <source>actief</source>
            <translation>active</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="32" />
            <source>afgesloten</source>
            <translation>closed</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="33" />
            <source>tafelbijeenkomst</source>
            <translation>table session</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="34" />
            <source>werkbezoek</source>
            <translation>work visit</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="35" />
            <source>workshop</source>
            <translation>workshop</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="36" />
            <source>themabijeenkomst</source>
            <translation>theme meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="37" />
            <source>overleg</source>
            <translation>consultation</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="38" />
            <source>gepland</source>
            <translation>planned</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="39" />
            <source>gehouden</source>
            <translation>held</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="40" />
            <source>conceptverslag</source>
            <translation>draft minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="41" />
            <source>vastgesteld verslag</source>
            <translation>approved minutes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="42" />
            <source>onderwijs</source>
            <translation>education</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="43" />
            <source>kinderopvang</source>
            <translation>childcare</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="44" />
            <source>jeugdhulp</source>
            <translation>youth care</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="45" />
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="53" />
            <source>zorg</source>
            <translation>health</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="46" />
            <source>welzijn</source>
            <translation>welfare</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="47" />
            <source>veiligheid</source>
            <translation>safety</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="48" />
            <source>gemeente</source>
            <translation>municipality</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="49" />
            <source>wonen</source>
            <translation>housing</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="50" />
            <source>kennis en beleid</source>
            <translation>knowledge and policy</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="51" />
            <source>overig</source>
            <translation>other</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="52" />
            <source>vraag</source>
            <translation>question</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="54" />
            <source>knelpunt</source>
            <translation>bottleneck</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="55" />
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="67" />
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="56" />
            <source>in bespreking</source>
            <translation>under discussion</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="57" />
            <source>opgepakt</source>
            <translation>addressed</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="58" />
            <source>opgelost</source>
            <translation>resolved</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="59" />
            <source>geparkeerd</source>
            <translation>parked</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="60" />
            <source>laag</source>
            <translation>low</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="61" />
            <source>normaal</source>
            <translation>normal</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="62" />
            <source>hoog</source>
            <translation>high</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="63" />
            <source>voorgesteld</source>
            <translation>proposed</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="64" />
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="68" />
            <source>in uitvoering</source>
            <translation>in progress</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="65" />
            <source>gerealiseerd</source>
            <translation>realised</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="66" />
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="70" />
            <source>vervallen</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/labels.py" line="69" />
            <source>afgerond</source>
            <translation>done</translation>
        </message>
    </context>
    <context>
        <name>list_pages</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="55" />
            <source>Nog geen %1. Importeer gegevens via Bestand of laad de demo.</source>
            <translation>No %1 yet. Import data via File or load the demo.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="61" />
            <source>Alle tafels</source>
            <translation>All tables</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="69" />
            <source>Alle perioden</source>
            <translation>All periods</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="70" />
            <source>Vanaf vandaag</source>
            <translation>From today</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="72" />
            <source>Afgelopen 12 maanden</source>
            <translation>Last 12 months</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="75" />
            <source>Dit jaar</source>
            <translation>This year</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="77" />
            <source>Vorig jaar</source>
            <translation>Last year</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="92" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="93" />
            <source>Bijeenkomst</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="94" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="188" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="95" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="189" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="234" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="271" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="96" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="193" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="236" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="272" />
            <source>Tafel</source>
            <translation>Table</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="100" />
            <source>bijeenkomst</source>
            <translation>meeting</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="100" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="101" />
            <source>bijeenkomsten</source>
            <translation>meetings</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="113" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="114" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="131" />
            <source>Organisatie</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="115" />
            <source>Functie</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="116" />
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="120" />
            <source>persoon</source>
            <translation>person</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="120" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="121" />
            <source>personen</source>
            <translation>people</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="132" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="133" />
            <source>Personen</source>
            <translation>People</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="137" />
            <source>organisatie</source>
            <translation>organisation</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="137" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="138" />
            <source>organisaties</source>
            <translation>organisations</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="148" />
            <source>Thema</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="149" />
            <source>Tafels</source>
            <translation>Tables</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="150" />
            <source>Vragen en zorgen</source>
            <translation>Questions and concerns</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="152" />
            <source>Goede voorbeelden</source>
            <translation>Good practices</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="157" />
            <source>thema</source>
            <translation>theme</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="157" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="158" />
            <source>thema's</source>
            <translation>themes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="165" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="224" />
            <source>Alle statussen</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="171" />
            <source>Vragen, zorgen en knelpunten</source>
            <translation>Questions, concerns and bottlenecks</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="179" />
            <source>Alle thema's</source>
            <translation>All themes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="187" />
            <source>Vraag of zorg</source>
            <translation>Question or concern</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="190" />
            <source>Prioriteit</source>
            <translation>Priority</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="191" />
            <source>Ingebracht door</source>
            <translation>Raised by</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="192" />
            <source>Thema's</source>
            <translation>Themes</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="197" />
            <source>vraag of zorg</source>
            <translation>question or concern</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="197" />
            <source>vragen en zorgen</source>
            <translation>questions and concerns</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="198" />
            <source>vragen of zorgen</source>
            <translation>questions or concerns</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="209" />
            <source>Goed voorbeeld</source>
            <translation>Good practice</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="210" />
            <source>Samenvatting</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="211" />
            <source>Contactpersoon</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="212" />
            <source>Regio</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="216" />
            <source>goed voorbeeld</source>
            <translation>good practice</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="216" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="217" />
            <source>goede voorbeelden</source>
            <translation>good practices</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="233" />
            <source>Ontwikkelpunt</source>
            <translation>Development point</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="235" />
            <source>Eigenaar</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="240" />
            <source>ontwikkelpunt</source>
            <translation>development point</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="240" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="241" />
            <source>ontwikkelpunten</source>
            <translation>development points</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="250" />
            <source>Alle actiepunten</source>
            <translation>All actions</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="251" />
            <source>Openstaand</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="252" />
            <source>Over tijd</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="258" />
            <source>Iedereen</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="267" />
            <source>Nr.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="268" />
            <source>Actie</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="269" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="270" />
            <source>Wanneer</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="276" />
            <source>actiepunt</source>
            <translation>action</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="276" />
            <location filename="../../src/ontwikkeltafel/ui/list_pages.py" line="277" />
            <source>actiepunten</source>
            <translation>actions</translation>
        </message>
    </context>
    <context>
        <name>RecordListPage</name>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/record_list.py" line="110" />
            <source>Zoeken in de lijst…</source>
            <translation>Search the list…</translation>
        </message>
        <message>
            <location filename="../../src/ontwikkeltafel/ui/record_list.py" line="183" />
            <source>Niets gevonden. Pas de zoektekst of de filters aan.</source>
            <translation>Nothing found. Change the search text or the filters.</translation>
        </message>
    </context>
</TS>
