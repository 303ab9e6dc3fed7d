"""Demo opportunities of the clubs in Amt Eiderheide, written for this project.

Dates are relative to the day of loading: `starts_in` days from today, moved on to the next
`on` weekday (0 = Monday) if given; `lasts` days more give the last day. `suits` names the
"suitable for" ticks (see loader.SUITABILITY); `en` holds the English translation, if any.
"""

SATURDAY, SUNDAY, FRIDAY = 5, 6, 4

OPPORTUNITIES_NORTH = [
    {
        "slug": "helfende-sommerturnier",
        "club": "tsv-grotenhusen",
        "title": "Helfende für das Sommerturnier",
        "summary": (
            "Beim Jugend-Sommerturnier mit 24 Mannschaften brauchen wir Hilfe am Grill, an der "
            "Kuchentheke und bei der Turnierleitung – schon zwei Stunden helfen weiter."
        ),
        "description": (
            "<p>Einmal im Jahr kommen Jugendteams aus dem ganzen Kreis nach Grotenhusen. Damit "
            "der Tag für alle ein Fest wird, suchen wir Menschen, die eine Schicht übernehmen. "
            "Sie können sich eine Aufgabe aussuchen und bekommen vorher eine kurze Einweisung.</p>"
        ),
        "categories": ["sport", "jugend"],
        "commitment": "one_off",
        "starts_in": 45,
        "on": SATURDAY,
        "time_note": "9:00–18:00 Uhr, Schichten zu je 3 Stunden",
        "skills": "Keine Vorkenntnisse nötig, nur gute Laune.",
        "suits": ["young_people", "families", "newcomers", "without_experience", "accessible"],
        "contact_name": "Lena Petersen",
        "en": {
            "title": "Helpers for the summer tournament",
            "summary": (
                "At the youth summer tournament with 24 teams we need help at the barbecue, "
                "the cake counter and the tournament desk – even two hours make a difference."
            ),
            "description": (
                "<p>Once a year youth teams from the whole district come to Grotenhusen. Pick a "
                "shift and a task you like; you get a short briefing beforehand.</p>"
            ),
            "time_note": "9 am to 6 pm, shifts of 3 hours",
            "skills": "No experience needed, just good spirits.",
        },
    },
    {
        "slug": "uebungsleitung-kinderturnen",
        "club": "tsv-grotenhusen",
        "title": "Übungsleitung für das Kinderturnen",
        "summary": (
            "Sie leiten einmal pro Woche eine Turnstunde für Kinder von 4 bis 7 Jahren – "
            "zusammen mit einer erfahrenen Übungsleiterin."
        ),
        "description": (
            "<p>Die Kinderturngruppe ist so beliebt, dass wir eine zweite Gruppe eröffnen "
            "möchten. Der Verein bezahlt Ihnen die Übungsleiterlizenz und erstattet Ihre "
            "Auslagen. Für die Arbeit mit Kindern brauchen wir ein erweitertes "
            "Führungszeugnis, die Kosten übernimmt die Gemeinde.</p>"
        ),
        "categories": ["sport", "jugend"],
        "commitment": "regular",
        "hours_per_week": 2,
        "time_note": "Donnerstags 16:00–17:00 Uhr",
        "skills": "Freude an Bewegung und am Umgang mit Kindern; eine Lizenz ist kein Muss.",
        "suits": ["young_people", "without_experience", "accessible"],
        "police": True,
        "contact_name": "Lena Petersen",
        "expires_in": 150,
        "en": {
            "title": "Coach for children's gymnastics",
            "summary": (
                "Lead a weekly gymnastics hour for children aged 4 to 7 – together with an "
                "experienced coach."
            ),
            "description": (
                "<p>Our children's group is so popular that we want to open a second one. The "
                "club pays for your coaching licence. Working with children needs an extended "
                "certificate of good conduct; the municipality pays for it.</p>"
            ),
            "time_note": "Thursdays 4–5 pm",
            "skills": "You enjoy exercise and children; a licence is not required.",
        },
    },
    {
        "slug": "mitgliederverwaltung-von-zu-hause",
        "club": "tsv-grotenhusen",
        "title": "Mitgliederverwaltung am Computer – auch von zu Hause",
        "summary": (
            "Sie pflegen Ein- und Austritte in unserer Vereinssoftware und helfen dem "
            "Kassenwart beim Beitragseinzug."
        ),
        "description": (
            "<p>Die Arbeit lässt sich gut von zu Hause erledigen, meist reicht eine Stunde pro "
            "Woche. Wir arbeiten Sie ein und achten gemeinsam auf den Datenschutz.</p>"
        ),
        "categories": ["sport"],
        "commitment": "regular",
        "hours_per_week": 1,
        "skills": "Sicherer Umgang mit dem Computer und Sorgfalt.",
        "suits": ["seniors"],
        "remote": True,
        "contact_name": "Jörn Mahrt",
    },
    {
        "slug": "verkaufsstand-laternenfest",
        "club": "feuerwehr-suederwarf",
        "title": "Verkaufsstand beim Laternenfest",
        "summary": (
            "Punsch und Bratwurst für den guten Zweck: Übernehmen Sie eine Schicht am Stand "
            "des Fördervereins beim Laternenumzug."
        ),
        "description": (
            "<p>Der Erlös kommt der Jugendfeuerwehr zugute. Die Feuerwehrleute begleiten den "
            "Umzug – deshalb brauchen wir Hilfe am Stand.</p>"
        ),
        "categories": ["feuerwehr"],
        "commitment": "one_off",
        "starts_in": 6,
        "on": FRIDAY,
        "time_note": "17:00–21:00 Uhr",
        "skills": "Keine Vorkenntnisse nötig. Wer mit Lebensmitteln arbeitet, bekommt eine "
        "kurze Belehrung vor Ort.",
        "suits": ["young_people", "seniors", "without_experience", "accessible"],
        "contact_name": "Arne Thomsen",
    },
    {
        "slug": "plakate-gestalten",
        "club": "kulturkreis-norderbrook",
        "title": "Plakate und Flyer für das Hofkonzert gestalten",
        "summary": (
            "Sie gestalten Plakat, Flyer und einen Beitrag für soziale Medien – am eigenen "
            "Rechner, in Ihrem Tempo."
        ),
        "description": (
            "<p>Texte und Fotos liefern wir. Abstimmung per E-Mail oder bei einem Treffen in "
            "der alten Schule, ganz wie Sie mögen.</p>"
        ),
        "categories": ["kultur"],
        "commitment": "short_term",
        "hours_per_week": 3,
        "starts_in": 10,
        "lasts": 30,
        "skills": "Erfahrung mit einem Grafikprogramm oder Canva.",
        "suits": ["young_people"],
        "remote": True,
        "contact_name": "Inke Brodersen",
    },
    {
        "slug": "einlass-hofkonzert",
        "club": "kulturkreis-norderbrook",
        "title": "Einlass und Kasse beim Hofkonzert",
        "summary": "Karten kontrollieren, Gäste begrüßen und Plätze zeigen beim Hofkonzert.",
        "description": (
            "<p>Das Konzert findet in der Scheune des Hofs Petersen statt. Nach Ihrer Schicht "
            "hören Sie das Konzert natürlich kostenlos.</p>"
        ),
        "categories": ["kultur"],
        "commitment": "one_off",
        "starts_in": 60,
        "on": SUNDAY,
        "time_note": "15:30–17:00 Uhr",
        "skills": "Freundlichkeit; den Umgang mit der Kasse zeigen wir Ihnen.",
        "suits": ["seniors", "newcomers", "without_experience", "accessible"],
        "contact_name": "Inke Brodersen",
    },
    {
        "slug": "kuchen-fuer-basar",
        "club": "landfrauen-westerkoog",
        "title": "Kuchen backen für den Basar",
        "summary": (
            "Backen Sie einen Kuchen für unseren Basar – der Erlös geht in diesem Jahr an den "
            "Spielplatz in Westerkoog."
        ),
        "description": (
            "<p>Bringen Sie den Kuchen am Vormittag ins Dorfgemeinschaftshaus. Wer mag, hilft "
            "anschließend beim Verkauf.</p>"
        ),
        "categories": ["soziales"],
        "commitment": "one_off",
        "starts_in": 8,
        "on": SATURDAY,
        "time_note": "Abgabe 9:00–11:00 Uhr",
        "skills": "Ein Lieblingsrezept.",
        "suits": ["seniors", "families", "newcomers", "without_experience"],
        "contact_name": "Gesa Rohwer",
    },
    {
        "slug": "handysprechstunde",
        "club": "landfrauen-westerkoog",
        "title": "Handysprechstunde für Seniorinnen und Senioren",
        "summary": (
            "Zeigen Sie älteren Menschen, wie man Fotos verschickt, Videoanrufe macht oder den "
            "Busfahrplan im Handy findet."
        ),
        "description": (
            "<p>Die Sprechstunde findet alle zwei Wochen im Dorfgemeinschaftshaus statt. "
            "Geduld ist wichtiger als Technikwissen.</p>"
        ),
        "categories": ["senioren", "bildung"],
        "commitment": "regular",
        "hours_per_week": 1,
        "time_note": "Jeden zweiten Dienstag, 15:00–16:30 Uhr",
        "skills": "Sie kennen sich mit Smartphones aus und erklären gern.",
        "suits": ["young_people", "without_experience", "accessible"],
        "contact_name": "Gesa Rohwer",
        "expires_in": 180,
    },
    {
        "slug": "website-dorfgemeinschaft",
        "club": "dorfgemeinschaft-luetjenhusen",
        "title": "Eine einfache Website für die Dorfgemeinschaft",
        "summary": (
            "Helfen Sie uns, eine kleine Website mit Terminen und Fotos aufzubauen, die wir "
            "danach selbst pflegen können."
        ),
        "description": (
            "<p>Ein Baukasten-System reicht uns. Wichtig ist, dass Sie zwei oder drei "
            "Mitgliedern zeigen, wie sie Termine eintragen.</p>"
        ),
        "categories": ["kultur"],
        "commitment": "short_term",
        "hours_per_week": 2,
        "starts_in": 14,
        "lasts": 56,
        "skills": "Erfahrung mit einem Website-Baukasten oder WordPress.",
        "suits": ["young_people"],
        "remote": True,
        "contact_name": "Hauke Frahm",
    },
    {
        "slug": "erntefest-aufbau",
        "club": "dorfgemeinschaft-luetjenhusen",
        "title": "Erntefest: Aufbau und Abbau",
        "summary": (
            "Zelt aufstellen, Bänke schleppen, Lichterketten aufhängen – und am Ende feiern."
        ),
        "description": (
            "<p>Der Aufbau beginnt am Vormittag, der Abbau am nächsten Morgen. Für Essen und "
            "Getränke ist gesorgt.</p>"
        ),
        "categories": ["kultur"],
        "commitment": "one_off",
        "starts_in": 75,
        "on": SATURDAY,
        "lasts": 1,
        "time_note": "Samstag ab 10:00 Uhr, Sonntag ab 10:00 Uhr",
        "skills": "Kräftige Hände sind willkommen, aber auch fürs Dekorieren gibt es Aufgaben.",
        "suits": ["young_people", "families", "newcomers", "without_experience"],
        "contact_name": "Hauke Frahm",
    },
    {
        "slug": "fahrdienst-arzt",
        "club": "nachbarschaftshilfe-osterholm",
        "title": "Fahrdienst zum Arzt",
        "summary": (
            "Fahren Sie ältere Nachbarinnen und Nachbarn mit Ihrem Auto zum Arzt nach "
            "Grotenhusen – so oft es Ihnen passt."
        ),
        "description": (
            "<p>Die Fahrten werden über unsere Telefonkette vermittelt; Sie sagen nur zu, wenn "
            "Sie Zeit haben. Fahrtkosten erstatten wir mit 30 Cent pro Kilometer, und Sie sind "
            "über die Ehrenamtsversicherung des Landes versichert.</p>"
        ),
        "categories": ["soziales", "senioren"],
        "commitment": "regular",
        "hours_per_week": 2,
        "skills": "Führerschein und eigenes Auto.",
        "suits": ["seniors"],
        "contact_name": "Wiebke Sievers",
        "en": {
            "title": "Lifts to the doctor",
            "summary": (
                "Drive older neighbours to the doctor in your own car – as often as it suits you."
            ),
            "description": (
                "<p>Lifts are arranged through our phone chain; you only say yes when you have "
                "time. We refund 30 cents per kilometre, and you are insured by the state's "
                "volunteer insurance.</p>"
            ),
            "skills": "Driving licence and your own car.",
        },
    },
    {
        "slug": "einkaufshilfe",
        "club": "nachbarschaftshilfe-osterholm",
        "title": "Einkaufshilfe für Nachbarinnen und Nachbarn",
        "summary": (
            "Einmal pro Woche den Einkauf für jemanden mitbringen, der selbst nicht mehr "
            "gut laufen kann."
        ),
        "description": (
            "<p>Sie bekommen eine Liste und Geld, kaufen ein und bringen die Sachen vorbei – "
            "oft ergibt sich dabei ein kleines Gespräch.</p>"
        ),
        "categories": ["soziales", "senioren"],
        "commitment": "regular",
        "hours_per_week": 1,
        "skills": "Zuverlässigkeit. Wenig Deutsch ist kein Hindernis.",
        "suits": ["young_people", "newcomers", "without_experience"],
        "contact_name": "Wiebke Sievers",
        "en": {
            "title": "Shopping help for neighbours",
            "summary": ("Once a week, bring the shopping for someone who can no longer walk far."),
            "description": (
                "<p>You get a list and money, do the shopping and drop it off – often there is "
                "time for a short chat.</p>"
            ),
            "skills": "Reliability. Little German is no obstacle.",
        },
    },
    {
        "slug": "besuchsdienst",
        "club": "kirchengemeinde-hollerwisch",
        "title": "Besuchsdienst zu runden Geburtstagen",
        "summary": (
            "Besuchen Sie ältere Gemeindemitglieder zum Geburtstag und bringen Sie Zeit mit."
        ),
        "description": (
            "<p>Im Besuchsdienst-Team tauschen wir uns einmal im Vierteljahr aus. Sie "
            "entscheiden selbst, wie viele Besuche Sie übernehmen.</p>"
        ),
        "categories": ["kirche", "senioren"],
        "commitment": "regular",
        "hours_per_week": 2,
        "skills": "Freude an Gesprächen und etwas Zeit.",
        "suits": ["seniors", "without_experience"],
        "contact_name": "Maren Thiessen",
    },
    {
        "slug": "offene-kirche-sommer",
        "club": "kirchengemeinde-hollerwisch",
        "title": "Offene Kirche im Sommer",
        "summary": (
            "Halten Sie die Feldsteinkirche für Radfahrende und Gäste offen und erzählen Sie "
            "ein wenig über ihre Geschichte."
        ),
        "description": (
            "<p>Von Juni bis August ist die Kirche nachmittags geöffnet. Ein Faltblatt und "
            "eine Einführung helfen Ihnen, Fragen zu beantworten.</p>"
        ),
        "categories": ["kirche", "kultur"],
        "commitment": "short_term",
        "hours_per_week": 3,
        "starts_in": 30,
        "lasts": 60,
        "time_note": "Nachmittags 14:00–17:00 Uhr",
        "skills": "Interesse an Menschen und an Geschichte.",
        "suits": ["seniors", "without_experience", "accessible"],
        "contact_name": "Maren Thiessen",
    },
    {
        "slug": "buergerbus-fahren",
        "club": "gemeinde-bargenfleth",
        "title": "Fahrerin oder Fahrer für den Bürgerbus",
        "summary": (
            "Der Bürgerbus verbindet Bargenfleth mit Grotenhusen. Fahren Sie eine Schicht pro "
            "Woche und halten Sie das Dorf mobil."
        ),
        "description": (
            "<p>Der Bus hat acht Sitze, ein Pkw-Führerschein genügt. Vor dem ersten Einsatz "
            "gibt es ein Fahrsicherheitstraining und eine ärztliche Untersuchung, beides "
            "bezahlt die Gemeinde.</p>"
        ),
        "categories": ["soziales", "senioren"],
        "commitment": "regular",
        "hours_per_week": 4,
        "time_note": "Schichten vormittags oder nachmittags",
        "skills": "Führerschein Klasse B seit mindestens drei Jahren.",
        "suits": ["seniors"],
        "contact_name": "Klaus Jessen",
    },
    {
        "slug": "kopfweiden-schneiden",
        "club": "naturschutz-eiderniederung",
        "title": "Arbeitseinsatz: Kopfweiden schneiden",
        "summary": (
            "Gemeinsam schneiden wir die Kopfweiden am Sielzug – ein Lebensraum für Steinkauz "
            "und Fledermäuse."
        ),
        "description": (
            "<p>Werkzeug, Handschuhe und eine Erbsensuppe zum Mittag stellen wir. Kinder "
            "können beim Sammeln der Zweige helfen.</p>"
        ),
        "municipality": "luetjenhusen",
        "categories": ["umwelt"],
        "commitment": "one_off",
        "starts_in": 5,
        "on": SATURDAY,
        "time_note": "9:00–13:00 Uhr, Treffpunkt Brücke am Sielzug",
        "skills": "Wetterfeste Kleidung und Gummistiefel.",
        "suits": ["young_people", "families", "newcomers", "without_experience"],
        "contact_name": "Telse Hinrichs",
    },
    {
        "slug": "naturerlebnistag-kinder",
        "club": "naturschutz-eiderniederung",
        "title": "Naturerlebnistag für Kinder begleiten",
        "summary": "Mit Kescher und Becherlupe an den Teich: Begleiten Sie eine Kindergruppe.",
        "description": (
            "<p>Eine Umweltpädagogin leitet den Tag, Sie unterstützen bei einer Gruppe von "
            "sechs Kindern.</p>"
        ),
        "municipality": "hollerwisch",
        "categories": ["umwelt", "jugend"],
        "commitment": "one_off",
        "starts_in": 50,
        "on": SATURDAY,
        "time_note": "10:00–15:00 Uhr",
        "skills": "Freude an Natur und Kindern.",
        "suits": ["young_people", "seniors", "without_experience"],
        "contact_name": "Telse Hinrichs",
    },
    {
        "slug": "reparieren-repair-cafe",
        "club": "repair-cafe-suederwarf",
        "title": "Reparieren im Repair-Café",
        "summary": (
            "Sie können nähen, löten oder Fahrräder flicken? Teilen Sie Ihr Können einmal im "
            "Monat im Repair-Café."
        ),
        "description": (
            "<p>Sie reparieren gemeinsam mit den Besitzerinnen und Besitzern, damit diese "
            "etwas lernen. Werkzeug ist vorhanden.</p>"
        ),
        "categories": ["umwelt", "bildung"],
        "commitment": "regular",
        "hours_per_week": 1,
        "time_note": "Letzter Samstag im Monat, 14:00–17:00 Uhr",
        "skills": "Handwerkliches Geschick in einem Bereich genügt.",
        "suits": ["seniors", "newcomers", "accessible"],
        "contact_name": "Bernd Feddersen",
    },
    {
        "slug": "helfende-ringreiten",
        "club": "reitverein-norderbrook",
        "title": "Helfende beim Ringreiten",
        "summary": (
            "Ringe aufhängen, Ergebnisse notieren, Kaffee ausschenken: Beim Ringreiten gibt es "
            "für jeden eine Aufgabe."
        ),
        "description": (
            "<p>Das Ringreiten ist das größte Fest im Dorf. Mit Pferden müssen Sie nichts zu "
            "tun haben.</p>"
        ),
        "categories": ["sport", "kultur"],
        "commitment": "one_off",
        "starts_in": 80,
        "on": SUNDAY,
        "time_note": "10:00–17:00 Uhr, Schichten nach Absprache",
        "skills": "Keine Vorkenntnisse nötig.",
        "suits": ["young_people", "families", "without_experience"],
        "contact_name": "Frauke Dethlefs",
    },
    {
        "slug": "jugendtreff-begleiten",
        "club": "jugendtreff-grotenhusen",
        "title": "Öffnungszeiten im Jugendtreff begleiten",
        "summary": (
            "Sie sind als erwachsene Ansprechperson da, wenn der Jugendtreff geöffnet hat – "
            "einmal pro Woche oder alle zwei Wochen."
        ),
        "description": (
            "<p>Die Jugendlichen organisieren viel selbst. Sie sorgen dafür, dass alles "
            "friedlich bleibt, und haben ein offenes Ohr. Für die Arbeit mit Jugendlichen "
            "brauchen wir ein erweitertes Führungszeugnis.</p>"
        ),
        "categories": ["jugend"],
        "commitment": "regular",
        "hours_per_week": 4,
        "time_note": "Mittwoch oder Freitag, 16:00–20:00 Uhr",
        "skills": "Gelassenheit und Interesse an jungen Menschen.",
        "suits": ["without_experience", "accessible"],
        "police": True,
        "contact_name": "Malte Paulsen",
        "expires_in": 120,
    },
]
