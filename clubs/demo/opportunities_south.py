"""Demo opportunities of the clubs in Landkreis Ohmtal, written for this project.

The fields are those of opportunities_north.
"""

from .opportunities_north import SATURDAY, SUNDAY

OPPORTUNITIES_SOUTH = [
    {
        "slug": "tresen-und-abendkasse",
        "club": "kulturscheune-lindenau",
        "title": "Tresen und Abendkasse in der Kulturscheune",
        "summary": (
            "Zwei Abende im Monat hinter dem Tresen oder an der Abendkasse – und die "
            "Vorstellung gibt es gratis dazu."
        ),
        "description": (
            "<p>Unser Tresenteam trifft sich eine Stunde vor Beginn. Sie tragen sich online in "
            "die Termine ein, die Ihnen passen. Neue bekommen eine Einführung an der Kasse.</p>"
        ),
        "categories": ["kultur"],
        "commitment": "regular",
        "hours_per_week": 2,
        "time_note": "Abends, meist Freitag oder Samstag ab 19:00 Uhr",
        "skills": "Freundlichkeit und ein wenig Kopfrechnen.",
        "suits": ["young_people", "newcomers", "without_experience", "accessible"],
        "contact_name": "Thomas Weber",
        "expires_in": 200,
        "en": {
            "title": "Bar and box office at the Kulturscheune",
            "summary": (
                "Two evenings a month behind the bar or at the box office – and you see the "
                "show for free."
            ),
            "description": (
                "<p>Our bar team meets an hour before the show. Sign up online for the dates "
                "that suit you; newcomers get an introduction to the till.</p>"
            ),
            "time_note": "Evenings, mostly Friday or Saturday from 7 pm",
            "skills": "Friendliness and a little mental arithmetic.",
        },
    },
    {
        "slug": "kinderkino-betreuen",
        "club": "kulturscheune-lindenau",
        "title": "Kinderkino: Betreuung am Nachmittag",
        "summary": (
            "Beim Kinderkino Popcorn ausgeben, Kinder zu ihren Plätzen bringen und nach dem "
            "Film beim Aufräumen helfen."
        ),
        "description": (
            "<p>Das Kinderkino zeigt einmal im Monat einen Film für Kinder ab sechs Jahren. "
            "Eltern sind während der Vorstellung in der Nähe.</p>"
        ),
        "categories": ["kultur", "jugend"],
        "commitment": "one_off",
        "starts_in": 7,
        "on": SUNDAY,
        "time_note": "14:30–17:00 Uhr",
        "skills": "Keine Vorkenntnisse nötig.",
        "suits": ["young_people", "families", "without_experience", "accessible"],
        "contact_name": "Thomas Weber",
        "en": {
            "title": "Children's cinema: afternoon helpers",
            "summary": (
                "Hand out popcorn at the children's cinema, show children to their seats and "
                "help tidy up after the film."
            ),
            "description": (
                "<p>Once a month the children's cinema shows a film for children aged six and "
                "over. Parents stay nearby during the show.</p>"
            ),
            "time_note": "2.30–5 pm",
            "skills": "No experience needed.",
        },
    },
    {
        "slug": "jugendtraining-e-jugend",
        "club": "sg-altenbrunn-hainbach",
        "title": "Trainer*in für die E-Jugend",
        "summary": (
            "Trainieren Sie zweimal pro Woche unsere E-Jugend (9–10 Jahre) und begleiten Sie "
            "das Team zu den Spielen am Samstag."
        ),
        "description": (
            "<p>Ein Co-Trainer ist schon da. Der Verein übernimmt die Kosten für die "
            "Trainerlizenz; für die Arbeit mit Kindern brauchen wir ein erweitertes "
            "Führungszeugnis.</p>"
        ),
        "categories": ["sport", "jugend"],
        "commitment": "regular",
        "hours_per_week": 4,
        "time_note": "Montag und Mittwoch 17:30–19:00 Uhr",
        "skills": "Fußballerfahrung hilft, Geduld ist wichtiger.",
        "suits": ["young_people"],
        "police": True,
        "contact_name": "Stefan Klee",
    },
    {
        "slug": "fruehjahrsputz-sportfeld",
        "club": "sg-altenbrunn-hainbach",
        "title": "Aktionstag am Sportfeld",
        "summary": (
            "Hecke schneiden, Tore streichen, Vereinsheim aufräumen: ein Tag für das Sportfeld "
            "mit Grillen zum Abschluss."
        ),
        "description": (
            "<p>Jede helfende Hand zählt, auch für zwei Stunden. Für Kinder gibt es eine "
            "Schnitzeljagd rund ums Sportfeld.</p>"
        ),
        "categories": ["sport", "umwelt"],
        "commitment": "one_off",
        "starts_in": 20,
        "on": SATURDAY,
        "time_note": "9:00–15:00 Uhr",
        "skills": "Arbeitshandschuhe, falls vorhanden.",
        "suits": ["young_people", "families", "newcomers", "without_experience"],
        "contact_name": "Stefan Klee",
    },
    {
        "slug": "kinderfeuerwehr-betreuen",
        "club": "feuerwehr-hainbach",
        "title": "Betreuung der Kinderfeuerwehr „Löschzwerge“",
        "summary": (
            "Spielen, basteln und erste Feuerwehrtechnik entdecken: Betreuen Sie mit uns "
            "Kinder von 6 bis 10 Jahren."
        ),
        "description": (
            "<p>Sie müssen nicht in der Einsatzabteilung sein. Eine Grundschulung bietet der "
            "Kreisfeuerwehrverband an. Ein erweitertes Führungszeugnis ist nötig.</p>"
        ),
        "categories": ["feuerwehr", "jugend"],
        "commitment": "regular",
        "hours_per_week": 2,
        "time_note": "Alle zwei Wochen freitags 15:30–17:00 Uhr",
        "skills": "Erfahrung mit Kindergruppen ist hilfreich.",
        "suits": ["young_people", "without_experience"],
        "police": True,
        "contact_name": "Daniel Happel",
    },
    {
        "slug": "projektchor-adventskonzert",
        "club": "liederkranz-wiesental",
        "title": "Mitsingen im Projektchor zum Adventskonzert",
        "summary": (
            "Zehn Proben, ein Konzert: Singen Sie im Projektchor mit, ohne Mitglied zu werden "
            "und ohne Notenkenntnisse."
        ),
        "description": (
            "<p>Wir proben Advents- und Winterlieder aus verschiedenen Ländern. Die Chorleiterin "
            "bringt auch Anfängerinnen und Anfängern das Stück Schritt für Schritt bei.</p>"
        ),
        "categories": ["kultur"],
        "commitment": "short_term",
        "hours_per_week": 2,
        "starts_in": 28,
        "lasts": 70,
        "time_note": "Donnerstags 19:00–20:30 Uhr",
        "skills": "Freude am Singen.",
        "suits": ["seniors", "newcomers", "without_experience", "accessible"],
        "contact_name": "Ingrid Sommer",
    },
    {
        "slug": "fahrten-buergerhilfe",
        "club": "buergerhilfe-rodenhausen",
        "title": "Fahrten zum Arzt und zum Einkaufen",
        "summary": (
            "Fahren Sie ältere Menschen aus Rodenhausen und Umgebung zu Terminen – mit dem "
            "Vereinsauto oder Ihrem eigenen."
        ),
        "description": (
            "<p>Die Fahrten werden telefonisch vermittelt. Sie tragen sich in einen Plan ein "
            "und fahren, wenn es Ihnen passt.</p>"
        ),
        "categories": ["soziales", "senioren"],
        "commitment": "regular",
        "hours_per_week": 3,
        "skills": "Führerschein und Zuverlässigkeit.",
        "suits": ["seniors"],
        "contact_name": "Renate Fink",
        "expires_in": 180,
    },
    {
        "slug": "buergerhilfe-telefondienst",
        "club": "buergerhilfe-rodenhausen",
        "title": "Telefondienst von zu Hause",
        "summary": (
            "Nehmen Sie an einem Vormittag pro Woche Anrufe entgegen und vermitteln Sie Fahrten "
            "– das Telefon wird zu Ihnen umgeleitet."
        ),
        "description": (
            "<p>Sie arbeiten mit einem gemeinsamen Online-Kalender. Eine Einweisung dauert "
            "etwa eine Stunde.</p>"
        ),
        "categories": ["soziales"],
        "commitment": "regular",
        "hours_per_week": 2,
        "time_note": "Ein Vormittag pro Woche, 9:00–11:00 Uhr",
        "skills": "Freundliche Telefonstimme und etwas Übung mit dem Computer.",
        "suits": ["seniors", "accessible"],
        "remote": True,
        "contact_name": "Renate Fink",
    },
    {
        "slug": "vorlesepatenschaft",
        "club": "gemeinde-oberweiden",
        "title": "Vorlesepatin oder Vorlesepate in der Dorfbücherei",
        "summary": "Lesen Sie einmal pro Woche Kindern in der Dorfbücherei vor.",
        "description": (
            "<p>Die Vorlesestunde findet samstags statt, Eltern sind dabei. Die Bücherei "
            "hilft bei der Auswahl der Bücher.</p>"
        ),
        "categories": ["bildung", "jugend"],
        "commitment": "regular",
        "hours_per_week": 1,
        "time_note": "Samstags 10:30–11:15 Uhr",
        "skills": "Freude am Vorlesen.",
        "suits": ["seniors", "without_experience", "accessible"],
        "contact_name": "Heike Schäfer",
    },
    {
        "slug": "apfelernte-streuobstwiesen",
        "club": "gemeinde-oberweiden",
        "title": "Apfelernte auf den Streuobstwiesen",
        "summary": (
            "Äpfel auflesen, Säcke füllen, zur Kelterei fahren: Helfen Sie bei der Ernte – mit "
            "der ganzen Familie."
        ),
        "description": (
            "<p>Geerntet wird an mehreren Samstagen. Als Dank gibt es Apfelsaft aus der "
            "eigenen Ernte.</p>"
        ),
        "categories": ["umwelt"],
        "commitment": "short_term",
        "hours_per_week": 4,
        "starts_in": 40,
        "lasts": 28,
        "time_note": "Samstags 9:00–13:00 Uhr",
        "skills": "Keine Vorkenntnisse nötig.",
        "suits": ["young_people", "families", "newcomers", "without_experience"],
        "contact_name": "Heike Schäfer",
    },
    {
        "slug": "kelterei-mithelfen",
        "club": "obst-gartenbau-oberweiden",
        "title": "Mithelfen in der Kelterei",
        "summary": "Äpfel waschen, Maische pressen, Saft abfüllen – ein Tag in der Kelterei.",
        "description": (
            "<p>Die Arbeit ist nass und laut, aber gesellig. Mittags gibt es Eintopf.</p>"
        ),
        "categories": ["umwelt"],
        "commitment": "one_off",
        "starts_in": 45,
        "on": SATURDAY,
        "time_note": "9:00–15:00 Uhr",
        "skills": "Feste Schuhe und Kleidung, die nass werden darf.",
        "suits": ["young_people", "newcomers", "without_experience"],
        "contact_name": "Walter Bender",
    },
    {
        "slug": "sommerfreizeit-betreuen",
        "club": "kirchengemeinde-lindenau",
        "title": "Betreuerin oder Betreuer für die Sommerfreizeit",
        "summary": (
            "Eine Woche Zeltlager mit 25 Jugendlichen an einem See: Begleiten Sie die Freizeit "
            "im Team."
        ),
        "description": (
            "<p>Vorher gibt es zwei Vorbereitungstreffen und eine Schulung zum Schutzkonzept. "
            "Ein erweitertes Führungszeugnis ist Voraussetzung.</p>"
        ),
        "categories": ["kirche", "jugend"],
        "commitment": "short_term",
        "starts_in": 85,
        "on": SATURDAY,
        "lasts": 7,
        "skills": "Mindestens 18 Jahre, Erfahrung mit Jugendgruppen erwünscht.",
        "suits": ["young_people"],
        "police": True,
        "contact_name": "Jonas Wagner",
    },
    {
        "slug": "sprachcafe-mitgestalten",
        "club": "willkommensnetz-ohmtal",
        "title": "Sprachcafé mitgestalten",
        "summary": (
            "Plaudern Sie beim Sprachcafé mit Menschen, die Deutsch lernen – bei Kaffee, "
            "Spielen und Alltagsthemen."
        ),
        "description": (
            "<p>Sie brauchen keine Lehrerfahrung. Es geht ums Sprechen: über das Wetter, das "
            "Dorf, das Rezept fürs Abendessen.</p>"
        ),
        "categories": ["soziales", "bildung"],
        "commitment": "regular",
        "hours_per_week": 2,
        "time_note": "Mittwochs 16:00–18:00 Uhr",
        "skills": "Geduld und Neugier auf andere Menschen.",
        "suits": ["seniors", "newcomers", "without_experience", "accessible"],
        "contact_name": "Amira Haddad",
        "en": {
            "title": "Help run the language café",
            "summary": (
                "Chat with people learning German at the language café – over coffee, games "
                "and everyday topics."
            ),
            "description": (
                "<p>You need no teaching experience. It is about talking: the weather, the "
                "village, tonight's recipe.</p>"
            ),
            "time_note": "Wednesdays 4–6 pm",
            "skills": "Patience and curiosity about other people.",
        },
    },
    {
        "slug": "sprachpatenschaft-online",
        "club": "willkommensnetz-ohmtal",
        "title": "Sprachpatenschaft per Video",
        "summary": (
            "Üben Sie einmal pro Woche per Videoanruf Deutsch mit einer zugezogenen Person – "
            "bequem von zu Hause."
        ),
        "description": (
            "<p>Wir bringen Sie mit einer Person zusammen, die zu Ihnen passt, und begleiten "
            "den Start.</p>"
        ),
        "categories": ["soziales", "bildung"],
        "commitment": "regular",
        "hours_per_week": 1,
        "skills": "Ein Computer oder Smartphone mit Kamera.",
        "suits": ["young_people", "seniors", "without_experience"],
        "remote": True,
        "contact_name": "Amira Haddad",
        "en": {
            "title": "Language mentoring by video",
            "summary": (
                "Practise German once a week by video call with a newcomer – from the comfort "
                "of your home."
            ),
            "description": (
                "<p>We match you with someone who suits you and support the first meetings.</p>"
            ),
            "skills": "A computer or smartphone with a camera.",
        },
    },
]
