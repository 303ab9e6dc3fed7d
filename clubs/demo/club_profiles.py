"""Demo clubs, initiatives and municipalities, written for this project. All are invented.

`representative` names a demo account that is added to the club's group of representatives;
`en` holds the English translation of the few clubs that have one.
"""

CLUBS = [
    # Amt Eiderheide (Schleswig-Holstein)
    {
        "slug": "tsv-grotenhusen",
        "kind": "club",
        "title": "TSV Grotenhusen von 1921 e. V.",
        "municipality": "grotenhusen",
        "categories": ["sport", "jugend"],
        "competencies": ["finanzen-steuern", "mitgliedergewinnung"],
        "summary": (
            "Fußball, Turnen, Tischtennis und Walking für alle Altersgruppen – der größte "
            "Sportverein im Amt Eiderheide."
        ),
        "description": (
            "<p>Rund 480 Mitglieder treiben bei uns Sport: von der Eltern-Kind-Gruppe über drei "
            "Jugendmannschaften bis zur Walkinggruppe, die sich auch bei Nordwestwind trifft. "
            "Das Vereinsheim am Sportplatz ist Treffpunkt für das halbe Dorf.</p>"
            "<p>Wir suchen Menschen, die mit anpacken – ob als Übungsleitung, am Grill beim "
            "Sommerturnier oder im Vorstand.</p>"
        ),
        "street": "Am Sportplatz 3",
        "meeting_times": (
            "Jugendtraining Dienstag und Donnerstag ab 17:00 Uhr, Walking Samstag 9:00 Uhr am "
            "Vereinsheim."
        ),
        "website": "https://tsv-grotenhusen.example.org/",
        "email": "tsv-grotenhusen@example.org",
        "competencies_note": (
            "Unser Kassenwart hilft gern bei der Umstellung auf eine Vereinssoftware. Wir "
            "verleihen ein Festzelt (8 mal 12 Meter) mit Bierzeltgarnituren."
        ),
        "needs": "Übungsleitungen für das Kinderturnen und Helfende für das Sommerturnier.",
        "representative": "verein.sport",
        "en": {
            "title": "TSV Grotenhusen sports club",
            "summary": (
                "Football, gymnastics, table tennis and walking for all ages – the largest "
                "sports club in Amt Eiderheide."
            ),
            "description": (
                "<p>About 480 members do sport with us, from the parent-and-child group and "
                "three youth teams to the walking group that meets even in a north-westerly "
                "gale. We are looking for people who lend a hand: as coaches, at the barbecue "
                "of the summer tournament or on the board.</p>"
            ),
            "meeting_times": (
                "Youth training Tuesdays and Thursdays from 5 pm, walking Saturdays at 9 am at "
                "the clubhouse."
            ),
            "competencies_note": (
                "Our treasurer gladly helps clubs move to membership software. We lend a "
                "marquee (8 by 12 metres) with beer tent benches."
            ),
            "needs": "Coaches for children's gymnastics and helpers for the summer tournament.",
        },
    },
    {
        "slug": "feuerwehr-suederwarf",
        "kind": "club",
        "title": "Förderverein Freiwillige Feuerwehr Süderwarf e. V.",
        "municipality": "suederwarf",
        "categories": ["feuerwehr", "jugend"],
        "competencies": ["versicherungen", "vorstandsarbeit"],
        "summary": (
            "Wir unterstützen die Freiwillige Feuerwehr Süderwarf und ihre Jugendfeuerwehr – "
            "mit Geld, Festen und vielen helfenden Händen."
        ),
        "description": (
            "<p>Der Förderverein finanziert Ausrüstung, die der Haushalt nicht hergibt, und "
            "organisiert das Laternenfest und den Tag der offenen Tür. Mitglied werden kann "
            "jede und jeder, auch ohne Einsatzdienst.</p>"
        ),
        "street": "Deichweg 7",
        "meeting_times": "Dienstabend jeden zweiten Montag, 19:30 Uhr im Gerätehaus.",
        "website": "",
        "email": "foerderverein-ff-suederwarf@example.org",
        "competencies_note": (
            "Wir wissen, wie man Veranstaltungen mit Ordnungsamt und Versicherung sauber "
            "anmeldet, und teilen unsere Checklisten."
        ),
        "needs": "Menschen, die beim Laternenfest Bratwurst und Punsch verkaufen.",
    },
    {
        "slug": "kulturkreis-norderbrook",
        "kind": "club",
        "title": "Kulturkreis Norderbrook e. V.",
        "municipality": "norderbrook",
        "categories": ["kultur", "bildung"],
        "competencies": ["oeffentlichkeitsarbeit", "foerdermittel"],
        "summary": (
            "Lesungen, plattdeutsches Theater und Hofkonzerte: Kultur auf dem Land, von "
            "Nachbarinnen und Nachbarn gemacht."
        ),
        "description": (
            "<p>Seit zwanzig Jahren holen wir Kultur ins Dorf. Höhepunkt des Jahres ist das "
            "Hofkonzert auf dem Hof Petersen, zu dem Gäste aus dem ganzen Kreis kommen.</p>"
        ),
        "street": "Schulweg 2",
        "meeting_times": (
            "Planungstreffen am letzten Mittwoch im Monat, 19:00 Uhr in der alten Schule."
        ),
        "website": "https://kulturkreis-norderbrook.example.org/",
        "email": "kulturkreis-norderbrook@example.org",
        "competencies_note": (
            "Wir haben Erfahrung mit Anträgen bei Kulturstiftungen und schreiben gute "
            "Pressetexte – fragen Sie uns."
        ),
        "needs": "Jemanden, der unsere Plakate gestaltet, und eine mobile Bühne zum Ausleihen.",
    },
    {
        "slug": "landfrauen-westerkoog",
        "kind": "club",
        "title": "LandFrauenverein Westerkoog und Umgebung e. V.",
        "municipality": "westerkoog",
        "categories": ["soziales", "bildung", "senioren"],
        "competencies": ["finanzen-steuern", "vorstandsarbeit"],
        "summary": (
            "Vorträge, Kurse, Ausflüge und Geselligkeit für Frauen jeden Alters aus Westerkoog "
            "und den Nachbardörfern."
        ),
        "description": (
            "<p>Unser Programm reicht vom Erste-Hilfe-Kurs über die Kräuterwanderung bis zum "
            "Handykurs. Mit dem Erlös des Kuchenbasars unterstützen wir jedes Jahr ein Projekt "
            "im Dorf.</p>"
        ),
        "street": "Koogstraße 5",
        "meeting_times": "Monatlicher Vortragsabend, meist am zweiten Dienstag, 19:30 Uhr.",
        "website": "",
        "email": "landfrauen-westerkoog@example.org",
        "competencies_note": "Zwei erfahrene Kassenprüferinnen helfen anderen Vereinen gern.",
        "needs": "Referentinnen und Referenten für Vortragsabende, auch online.",
    },
    {
        "slug": "dorfgemeinschaft-luetjenhusen",
        "kind": "club",
        "title": "Dorfgemeinschaft Lütjenhusen e. V.",
        "municipality": "luetjenhusen",
        "categories": ["kultur", "soziales"],
        "competencies": ["versicherungen"],
        "summary": (
            "Wir halten das Dorfleben in Lütjenhusen lebendig: Maibaum, Erntefest, Boßeln und "
            "der Treffpunkt im alten Spritzenhaus."
        ),
        "description": (
            "<p>Ohne feste Mitgliedsbeiträge, aber mit viel Einsatz: Die Dorfgemeinschaft "
            "organisiert die Feste im Jahreslauf und hat das alte Spritzenhaus zu einem "
            "Treffpunkt umgebaut.</p>"
        ),
        "street": "Dorfstraße 18",
        "meeting_times": "Offener Treff im Spritzenhaus freitags ab 18:00 Uhr.",
        "website": "",
        "email": "dorfgemeinschaft-luetjenhusen@example.org",
        "competencies_note": "Wir verleihen Boßelkugeln und eine Hüpfburg.",
        "needs": "Hilfe beim Aufbau einer einfachen Website.",
    },
    {
        "slug": "nachbarschaftshilfe-osterholm",
        "kind": "initiative",
        "title": "Nachbarschaftshilfe Osterholm",
        "municipality": "osterholm",
        "categories": ["soziales", "senioren"],
        "competencies": ["datenschutz"],
        "summary": (
            "Einkaufen, Fahrten zum Arzt, ein Gespräch am Gartenzaun: Nachbarinnen und Nachbarn "
            "helfen einander, unkompliziert und kostenlos."
        ),
        "description": (
            "<p>Die Nachbarschaftshilfe entstand in der Pandemie und ist geblieben. Rund 25 "
            "Helfende übernehmen kleine Aufgaben für ältere Menschen und Familien. Eine "
            "Telefonkette sorgt dafür, dass niemand lange warten muss.</p>"
        ),
        "street": "Hauptstraße 21",
        "meeting_times": "Helfendentreffen am ersten Montag im Monat, 18:00 Uhr im Dörpshus.",
        "website": "",
        "email": "nachbarschaftshilfe-osterholm@example.org",
        "competencies_note": (
            "Wir zeigen, wie man Hilfsanfragen datenschutzfreundlich organisiert – ohne "
            "Listen auf Papier."
        ),
        "needs": "Fahrerinnen und Fahrer mit eigenem Auto, gern auch nur einmal im Monat.",
        "en": {
            "title": "Osterholm neighbourhood help",
            "summary": (
                "Shopping, lifts to the doctor, a chat over the garden fence: neighbours help "
                "each other, simply and free of charge."
            ),
            "description": (
                "<p>The neighbourhood help started during the pandemic and stayed. About 25 "
                "helpers take on small tasks for older people and families; a phone chain "
                "makes sure nobody waits long.</p>"
            ),
            "meeting_times": "Helpers meet on the first Monday of the month at 6 pm.",
            "competencies_note": (
                "We show how to organise requests for help in a privacy-friendly way – without "
                "lists on paper."
            ),
            "needs": "Drivers with their own car, even if only once a month.",
        },
    },
    {
        "slug": "kirchengemeinde-hollerwisch",
        "kind": "club",
        "title": "Ev.-Luth. Kirchengemeinde Hollerwisch",
        "municipality": "hollerwisch",
        "categories": ["kirche", "senioren", "soziales"],
        "competencies": ["vorstandsarbeit"],
        "summary": (
            "Gottesdienste, Besuchsdienst, Seniorennachmittag und Konfi-Arbeit in fünf Dörfern "
            "rund um die Feldsteinkirche Hollerwisch."
        ),
        "description": (
            "<p>Neben den Gottesdiensten lebt die Gemeinde von vielen Ehrenamtlichen: Sie "
            "besuchen Geburtstagskinder, backen für den Seniorennachmittag und öffnen die "
            "Kirche im Sommer für Radfahrende.</p>"
        ),
        "street": "Kirchenstieg 2",
        "meeting_times": "Seniorennachmittag jeden zweiten Mittwoch, 15:00 Uhr im Gemeindehaus.",
        "website": "https://kirche-hollerwisch.example.org/",
        "email": "kirchengemeinde-hollerwisch@example.org",
        "competencies_note": "Das Gemeindehaus kann für Schulungen genutzt werden.",
        "needs": "Menschen für den Besuchsdienst und die offene Kirche im Sommer.",
    },
    {
        "slug": "gemeinde-bargenfleth",
        "kind": "municipality",
        "title": "Gemeinde Bargenfleth",
        "municipality": "bargenfleth",
        "categories": ["umwelt", "kultur"],
        "competencies": ["foerdermittel", "recht"],
        "summary": (
            "Die Gemeinde Bargenfleth unterstützt ihre Vereine mit dem Dorfgemeinschaftshaus, "
            "dem Bürgerbus und einem kleinen Zuschusstopf."
        ),
        "description": (
            "<p>Bargenfleth hat 640 Einwohnerinnen und Einwohner und ein lebendiges Vereinsleben. "
            "Die Gemeinde stellt Räume und Geräte bereit und sucht selbst Engagierte für den "
            "Bürgerbus und die Pflege der Dorfwiese.</p>"
        ),
        "street": "Dorfstraße 12",
        "meeting_times": "Sprechstunde des Bürgermeisters donnerstags 17:00–18:00 Uhr.",
        "website": "https://bargenfleth.example.org/",
        "email": "gemeinde-bargenfleth@example.org",
        "competencies_note": (
            "Wir beraten andere Gemeinden zum Bürgerbus: Versicherung, Fahrerschulung, Förderung."
        ),
        "needs": "Ehrenamtliche Fahrerinnen und Fahrer für den Bürgerbus.",
    },
    {
        "slug": "naturschutz-eiderniederung",
        "kind": "club",
        "title": "Naturschutzverein Eiderniederung e. V.",
        "municipality": "westerkoog",
        "categories": ["umwelt", "jugend"],
        "competencies": ["foerdermittel"],
        "summary": (
            "Wiesenvögel zählen, Kopfweiden schneiden, Kinder für die Natur begeistern: "
            "Naturschutz vor der Haustür."
        ),
        "description": (
            "<p>Wir betreuen Feuchtwiesen und Kleingewässer in der Eiderniederung und bieten "
            "Naturerlebnistage für Kinder an. Für die Arbeitseinsätze braucht es keine "
            "Vorkenntnisse – Gummistiefel reichen.</p>"
        ),
        "street": "Am Sielzug 4",
        "meeting_times": "Arbeitseinsätze meist samstags, Termine auf Anfrage.",
        "website": "",
        "email": "naturschutz-eiderniederung@example.org",
        "competencies_note": "Wir kennen die Förderprogramme für Naturschutz und Umweltbildung.",
        "needs": "Eine Person, die unsere Mitgliederliste digital pflegt.",
    },
    {
        "slug": "repair-cafe-suederwarf",
        "kind": "initiative",
        "title": "Repair-Café Süderwarf",
        "municipality": "suederwarf",
        "categories": ["umwelt", "bildung"],
        "competencies": ["digitale-werkzeuge"],
        "summary": (
            "Einmal im Monat reparieren wir gemeinsam Toaster, Fahrräder und Lieblingspullover "
            "– bei Kaffee und Kuchen."
        ),
        "description": (
            "<p>Im Repair-Café treffen sich Menschen, die etwas reparieren können, und "
            "Menschen, die etwas kaputt haben. Wer zuschaut, lernt mit.</p>"
        ),
        "street": "Deichweg 1 (Alte Meierei)",
        "meeting_times": "Jeden letzten Samstag im Monat, 14:00–17:00 Uhr.",
        "website": "",
        "email": "repaircafe-suederwarf@example.org",
        "competencies_note": "Wir helfen bei Computerproblemen und beim Einrichten von Tablets.",
        "needs": "Menschen, die nähen oder Elektrogeräte reparieren können.",
    },
    {
        "slug": "reitverein-norderbrook",
        "kind": "club",
        "title": "Reit- und Fahrverein Norderbrook e. V.",
        "municipality": "norderbrook",
        "categories": ["sport", "jugend"],
        "competencies": ["versicherungen"],
        "summary": "Reitunterricht, Voltigieren und das Ringreiten im Sommer.",
        "description": (
            "<p>Unsere Reithalle steht allen Mitgliedern offen. Das Ringreiten im Juli ist "
            "ein Fest für das ganze Dorf und braucht jedes Jahr viele Helfende.</p>"
        ),
        "street": "Koppelweg 10",
        "meeting_times": "Voltigieren Montag und Mittwoch ab 16:00 Uhr.",
        "website": "",
        "email": "reitverein-norderbrook@example.org",
        "competencies_note": "Erfahrung mit Versicherungsfragen rund um Tiere und Veranstaltungen.",
        "needs": "Helfende für das Ringreiten und eine Jugendwartin oder einen Jugendwart.",
    },
    {
        "slug": "jugendtreff-grotenhusen",
        "kind": "initiative",
        "title": "Jugendtreff Grotenhusen",
        "municipality": "grotenhusen",
        "categories": ["jugend"],
        "competencies": ["oeffentlichkeitsarbeit"],
        "summary": "Ein Raum für Jugendliche ab 12 – mit Kicker, Musik und offenem Ohr.",
        "description": (
            "<p>Der Jugendtreff wird von Eltern und jungen Erwachsenen getragen und von der "
            "Gemeinde unterstützt. Jugendliche gestalten das Programm selbst mit.</p>"
        ),
        "street": "Schulstraße 6",
        "meeting_times": "Mittwoch und Freitag 16:00–20:00 Uhr.",
        "website": "",
        "email": "jugendtreff-grotenhusen@example.org",
        "competencies_note": "Unsere Jugendlichen zeigen Vereinen, wie Instagram und Co. gehen.",
        "needs": "Erwachsene, die Öffnungszeiten begleiten.",
    },
    # Landkreis Ohmtal (Hesse)
    {
        "slug": "kulturscheune-lindenau",
        "kind": "club",
        "title": "Kulturscheune Lindenau e. V.",
        "municipality": "lindenau",
        "categories": ["kultur"],
        "competencies": ["oeffentlichkeitsarbeit", "digitale-werkzeuge"],
        "summary": (
            "Kabarett, Kino, Kleinkunst und Kinderprogramm in einer umgebauten Fachwerkscheune "
            "mitten in Lindenau."
        ),
        "description": (
            "<p>Aus einer leer stehenden Scheune haben Ehrenamtliche einen Veranstaltungsort "
            "mit 120 Plätzen gemacht. Rund 40 Veranstaltungen im Jahr leben davon, dass "
            "jemand Karten verkauft, Stühle stellt und den Tresen übernimmt.</p>"
        ),
        "street": "Mühlgasse 4",
        "meeting_times": "Vereinsabend jeden ersten Montag im Monat, 19:30 Uhr.",
        "website": "https://kulturscheune-lindenau.example.org/",
        "email": "kulturscheune-lindenau@example.org",
        "competencies_note": (
            "Wir verkaufen Karten online und zeigen anderen Vereinen gern, wie das mit wenig "
            "Aufwand geht. Licht- und Tontechnik kann ausgeliehen werden."
        ),
        "needs": "Verstärkung am Tresen und an der Abendkasse.",
        "representative": "verein.kultur",
        "en": {
            "title": "Kulturscheune Lindenau (culture barn)",
            "summary": (
                "Cabaret, cinema, small-scale arts and children's shows in a converted "
                "half-timbered barn in the heart of Lindenau."
            ),
            "description": (
                "<p>Volunteers turned an empty barn into a venue with 120 seats. About 40 "
                "events a year depend on people who sell tickets, set out chairs and run the "
                "bar.</p>"
            ),
            "meeting_times": "Club evening on the first Monday of the month, 7.30 pm.",
            "competencies_note": (
                "We sell tickets online and happily show other clubs how to do it with little "
                "effort. Lighting and sound equipment can be borrowed."
            ),
            "needs": "More people at the bar and the box office.",
        },
    },
    {
        "slug": "sg-altenbrunn-hainbach",
        "kind": "club",
        "title": "SG Altenbrunn/Hainbach 1948 e. V.",
        "municipality": "altenbrunn",
        "categories": ["sport", "jugend"],
        "competencies": ["mitgliedergewinnung", "vorstandsarbeit"],
        "summary": (
            "Die Spielgemeinschaft zweier Dörfer: Fußball, Gymnastik und Kinderturnen auf dem "
            "Sportfeld Altenbrunn."
        ),
        "description": (
            "<p>Weil keiner der beiden Vereine allein genug Spielerinnen und Spieler hatte, "
            "haben sie sich zusammengetan. Heute spielen drei Jugendteams unter dem gemeinsamen "
            "Namen.</p>"
        ),
        "street": "Zum Sportfeld 9",
        "meeting_times": "Training Montag bis Donnerstag ab 17:30 Uhr.",
        "website": "",
        "email": "sg-altenbrunn-hainbach@example.org",
        "competencies_note": "Wir wissen, wie eine Fusion zweier Vereine gelingt.",
        "needs": "Schiedsrichterinnen und Schiedsrichter sowie einen Platzwart.",
    },
    {
        "slug": "feuerwehr-hainbach",
        "kind": "club",
        "title": "Freiwillige Feuerwehr Hainbach e. V.",
        "municipality": "hainbach",
        "categories": ["feuerwehr", "jugend"],
        "competencies": ["versicherungen"],
        "summary": (
            "Einsatzabteilung, Jugendfeuerwehr und Kinderfeuerwehr „Löschzwerge“ – und der "
            "Verein, der alles zusammenhält."
        ),
        "description": (
            "<p>Die Feuerwehr Hainbach sichert den Brandschutz in drei Ortsteilen. Der Verein "
            "kümmert sich um Nachwuchs, Feste und Kameradschaft.</p>"
        ),
        "street": "Schulstraße 10",
        "meeting_times": "Jugendfeuerwehr freitags 17:00 Uhr, Übungsabend dienstags 19:30 Uhr.",
        "website": "",
        "email": "feuerwehr-hainbach@example.org",
        "competencies_note": "Wir schulen Vereine in Brandschutz bei Veranstaltungen.",
        "needs": "Betreuerinnen und Betreuer für die Kinderfeuerwehr.",
    },
    {
        "slug": "liederkranz-wiesental",
        "kind": "club",
        "title": "Gesangverein Liederkranz Wiesental 1874 e. V.",
        "municipality": "wiesental",
        "categories": ["kultur", "senioren"],
        "competencies": ["vorstandsarbeit"],
        "summary": (
            "Gemischter Chor und Projektchor – wir singen Volkslieder, Pop und alles dazwischen."
        ),
        "description": (
            "<p>Der Liederkranz ist einer der ältesten Vereine im Landkreis. Neben dem "
            "Stammchor gibt es einen Projektchor, in dem man für ein Konzert mitsingen kann, "
            "ohne gleich Mitglied zu werden.</p>"
        ),
        "street": "Kirchweg 3",
        "meeting_times": "Chorprobe donnerstags 20:00 Uhr im Bürgerhaus.",
        "website": "",
        "email": "liederkranz-wiesental@example.org",
        "competencies_note": (
            "Wir haben gerade unsere Satzung modernisiert und teilen die Erfahrung."
        ),
        "needs": "Männerstimmen und jemanden für die Notenverwaltung.",
    },
    {
        "slug": "buergerhilfe-rodenhausen",
        "kind": "initiative",
        "title": "Bürgerhilfe Rodenhausen",
        "municipality": "rodenhausen",
        "categories": ["soziales", "senioren"],
        "competencies": ["datenschutz", "versicherungen"],
        "summary": (
            "Fahrdienst, Einkaufshilfe und Begleitung für ältere Menschen in Rodenhausen und "
            "den Nachbarorten."
        ),
        "description": (
            "<p>Wer nicht mehr selbst fahren kann, ist auf dem Land schnell abgeschnitten. Die "
            "Bürgerhilfe organisiert Fahrten zum Arzt, zum Einkaufen und zum Friedhof.</p>"
        ),
        "street": "Brunnenweg 3",
        "meeting_times": "Telefonsprechstunde montags bis freitags 9:00–11:00 Uhr.",
        "website": "",
        "email": "buergerhilfe-rodenhausen@example.org",
        "competencies_note": "Erfahrung mit Versicherungsschutz für ehrenamtliche Fahrdienste.",
        "needs": "Fahrerinnen und Fahrer, auch für einzelne Termine.",
    },
    {
        "slug": "gemeinde-oberweiden",
        "kind": "municipality",
        "title": "Gemeinde Oberweiden",
        "municipality": "oberweiden",
        "categories": ["bildung", "umwelt"],
        "competencies": ["foerdermittel", "recht"],
        "summary": (
            "Die Gemeinde Oberweiden betreibt die Dorfbücherei und das Ehrenamtsbüro und "
            "pflegt gemeinsam mit Freiwilligen die Streuobstwiesen."
        ),
        "description": (
            "<p>Oberweiden setzt auf Engagement: Die Dorfbücherei wird ehrenamtlich geführt, "
            "und auf den gemeindeeigenen Streuobstwiesen ernten Freiwillige jedes Jahr "
            "mehrere Tonnen Äpfel.</p>"
        ),
        "street": "Lindenplatz 1",
        "meeting_times": "Dorfbücherei dienstags 15:00–18:00 Uhr und samstags 10:00–12:00 Uhr.",
        "website": "https://oberweiden.example.org/",
        "email": "gemeinde-oberweiden@example.org",
        "competencies_note": "Wir beraten Gemeinden beim Aufbau eines Ehrenamtsbüros.",
        "needs": "Vorlesepatinnen und -paten für die Bücherei.",
    },
    {
        "slug": "obst-gartenbau-oberweiden",
        "kind": "club",
        "title": "Obst- und Gartenbauverein Oberweiden e. V.",
        "municipality": "oberweiden",
        "categories": ["umwelt", "bildung"],
        "competencies": ["finanzen-steuern"],
        "summary": "Schnittkurse, Saatgutbörse und die Kelterei am Dorfrand.",
        "description": (
            "<p>Wir keltern den Saft aus den Äpfeln der Streuobstwiesen und geben unser Wissen "
            "über Obstbaumschnitt in Kursen weiter.</p>"
        ),
        "street": "Am Kelterhaus 2",
        "meeting_times": "Kelterei im Herbst samstags 9:00–15:00 Uhr.",
        "website": "",
        "email": "ogv-oberweiden@example.org",
        "competencies_note": "Wir erklären, wann ein Verein für Saftverkauf Umsatzsteuer zahlt.",
        "needs": "Helfende für die Kelterzeit.",
    },
    {
        "slug": "kirchengemeinde-lindenau",
        "kind": "club",
        "title": "Evangelische Kirchengemeinde Lindenau",
        "municipality": "lindenau",
        "categories": ["kirche", "jugend"],
        "competencies": ["datenschutz"],
        "summary": "Kindergottesdienst, Jugendgruppe, Posaunenchor und Besuchsdienst.",
        "description": (
            "<p>In der Kirchengemeinde engagieren sich über 60 Ehrenamtliche. Die Jugendgruppe "
            "fährt jeden Sommer auf Freizeit.</p>"
        ),
        "street": "Kirchplatz 1",
        "meeting_times": "Jugendgruppe freitags 18:00 Uhr im Gemeindehaus.",
        "website": "",
        "email": "kirche-lindenau@example.org",
        "competencies_note": "Schutzkonzept gegen Gewalt: Wir teilen unsere Vorlagen.",
        "needs": "Betreuende für die Sommerfreizeit.",
    },
    {
        "slug": "willkommensnetz-ohmtal",
        "kind": "initiative",
        "title": "Willkommensnetz Ohmtal",
        "municipality": "lindenau",
        "categories": ["soziales", "bildung"],
        "competencies": ["recht", "mitgliedergewinnung"],
        "summary": (
            "Sprachcafé, Patenschaften und Begleitung zu Ämtern: Wir helfen Zugezogenen, im "
            "Ohmtal anzukommen."
        ),
        "description": (
            "<p>Das Willkommensnetz bringt Neuankömmlinge und Alteingesessene zusammen. Beim "
            "Sprachcafé wird Deutsch geübt, bei Patenschaften hilft man sich durch Formulare "
            "und Alltag.</p>"
        ),
        "street": "Mühlgasse 6",
        "meeting_times": "Sprachcafé mittwochs 16:00–18:00 Uhr in der Kulturscheune.",
        "website": "",
        "email": "willkommensnetz-ohmtal@example.org",
        "competencies_note": "Wir wissen, wie Vereine Zugezogene als Mitglieder gewinnen.",
        "needs": "Patinnen und Paten sowie Menschen, die Arabisch oder Ukrainisch sprechen.",
        "en": {
            "title": "Ohmtal welcome network",
            "summary": (
                "Language café, mentoring and company on visits to offices: we help newcomers "
                "settle in the Ohmtal."
            ),
            "description": (
                "<p>The welcome network brings newcomers and long-time residents together. At "
                "the language café people practise German; mentors help with forms and "
                "everyday life.</p>"
            ),
            "meeting_times": "Language café Wednesdays 4–6 pm in the Kulturscheune.",
            "competencies_note": "We know how clubs can win newcomers as members.",
            "needs": "Mentors and people who speak Arabic or Ukrainian.",
        },
    },
]
