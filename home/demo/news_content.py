"""Demo texts of the news and the needs survey, in German with a few English translations.
Written for this project; places and regions are those of the clubs demo (clubs/demo)."""

from .blocks import heading, text

NORTH = "amt-eiderheide"
SOUTH = "landkreis-ohmtal"

NEWS_INDEX = {
    "slug": "neuigkeiten",
    "de": {
        "title": "Neuigkeiten",
        "intro": (
            "Neue Kurse, Fördermittel, Sprechzeiten und Geschichten aus den Vereinen: Hier "
            "lesen Sie, was sich im Ehrenamt in Ihrer Region tut. Mit dem RSS- oder Atom-Feed "
            "verpassen Sie nichts."
        ),
    },
    "en": {
        "title": "News",
        "intro": (
            "New courses, funding, office hours and stories from the clubs: read what is "
            "happening in volunteering in your region. Subscribe to the RSS or Atom feed to "
            "miss nothing."
        ),
    },
}

# Each item: slug, age in days, region slug (None: every region), topic slugs, texts.
NEWS = [
    {
        "slug": "foerderprogramm-ehrenamt-vor-ort",
        "days_ago": 1,
        "region": SOUTH,
        "topics": ["foerdermittel"],
        "de": {
            "title": "Förderprogramm „Ehrenamt vor Ort“: Anträge noch bis Ende des Quartals",
            "teaser": (
                "Vereine und Initiativen im Landkreis Ohmtal können bis zu 2.500 Euro für "
                "Anschaffungen und Fortbildungen beantragen. Die Koordination hilft beim Antrag."
            ),
            "body": [
                text(
                    "<p>Der Landkreis Ohmtal stellt in diesem Jahr erneut Mittel für kleine "
                    "Vorhaben im Ehrenamt bereit. Gefördert werden zum Beispiel neue Trikots für "
                    "die Jugendmannschaft, ein Zelt für das Dorffest oder die Fortbildung von "
                    "Übungsleitungen.</p>"
                ),
                heading("Wer kann einen Antrag stellen?"),
                text(
                    "<ul><li>eingetragene Vereine mit Sitz im Landkreis,</li>"
                    "<li>Initiativen ohne eigene Rechtsform, wenn eine Gemeinde oder ein Verein "
                    "das Geld verwaltet,</li>"
                    "<li>Gemeinden für Vorhaben mit Ehrenamtlichen.</li></ul>"
                    "<p>Ein Eigenanteil von zehn Prozent ist nötig; er kann auch aus "
                    "ehrenamtlicher Arbeit bestehen.</p>"
                ),
                heading("So geht es"),
                text(
                    "<p>Schreiben Sie uns kurz, was Sie vorhaben. Die Ehrenamtskoordination "
                    "berät Sie kostenlos und prüft den Kostenplan mit Ihnen, bevor Sie den "
                    "Antrag stellen.</p>"
                ),
            ],
        },
        "en": {
            "title": "Funding programme 'Volunteering locally': apply by the end of the quarter",
            "teaser": (
                "Clubs and initiatives in the district of Ohmtal can apply for up to 2,500 euros "
                "for equipment and training. The coordination helps with the application."
            ),
            "body": [
                text(
                    "<p>Once again this year, the district of Ohmtal funds small projects of "
                    "volunteers: new shirts for the youth team, a marquee for the village fair "
                    "or training for coaches.</p>"
                ),
                heading("Who can apply?"),
                text(
                    "<ul><li>registered clubs based in the district,</li>"
                    "<li>initiatives without a legal form, if a municipality or a club manages "
                    "the money,</li>"
                    "<li>municipalities for projects with volunteers.</li></ul>"
                    "<p>An own contribution of ten per cent is needed; it may also be "
                    "voluntary work.</p>"
                ),
                heading("How it works"),
                text(
                    "<p>Tell us briefly what you are planning. The volunteering coordination "
                    "advises you free of charge and checks the cost plan with you before you "
                    "apply.</p>"
                ),
            ],
        },
    },
    {
        "slug": "neue-kurse-fuer-vorstaende",
        "days_ago": 3,
        "region": None,
        "topics": ["vorstandsarbeit", "finanzen-steuern"],
        "de": {
            "title": "Neue Kurse für Vorstände: Kassenführung und Vereinsrecht",
            "teaser": (
                "Im Herbst starten zwei kostenlose Abendkurse für alle, die im Vorstand "
                "Verantwortung tragen oder es bald tun möchten."
            ),
            "body": [
                text(
                    "<p>Wer die Kasse eines Vereins führt, hat viele Fragen: Was gehört in den "
                    "Kassenbericht? Wann braucht es eine Spendenbescheinigung? Und was prüfen "
                    "die Kassenprüfer eigentlich?</p>"
                    "<p>Im Kurs <b>Kassenführung leicht gemacht</b> lernen Sie an drei Abenden "
                    "die Grundlagen, mit vielen Beispielen aus kleinen Vereinen. Der Kurs "
                    "<b>Vereinsrecht für Vorstände</b> erklärt Satzung, Mitgliederversammlung "
                    "und Haftung.</p>"
                ),
                text(
                    "<p>Beide Kurse sind kostenlos und finden abwechselnd im Amt Eiderheide und "
                    "im Landkreis Ohmtal statt; ein Termin ist online. Die Anmeldung öffnet in "
                    "Kürze im Veranstaltungskalender.</p>"
                ),
            ],
        },
        "en": {
            "title": "New courses for boards: bookkeeping and club law",
            "teaser": (
                "Two free evening courses start in autumn for everyone who has a seat on a "
                "club's board or would like to soon."
            ),
            "body": [
                text(
                    "<p>Keeping a club's books raises many questions: What goes into the "
                    "treasurer's report? When is a donation receipt needed? And what do the "
                    "auditors actually check?</p>"
                    "<p>In <b>Bookkeeping made easy</b> you learn the basics on three evenings, "
                    "with many examples from small clubs. <b>Club law for boards</b> explains "
                    "statutes, general meetings and liability.</p>"
                ),
                text(
                    "<p>Both courses are free of charge and take place in turn in the Amt "
                    "Eiderheide and the district of Ohmtal; one date is online. Registration "
                    "opens soon in the events calendar.</p>"
                ),
            ],
        },
    },
    {
        "slug": "neue-sprechzeiten-suederwarf",
        "days_ago": 6,
        "region": NORTH,
        "topics": [],
        "de": {
            "title": "Amt Eiderheide: Neue Sprechzeiten im Dorfgemeinschaftshaus Süderwarf",
            "teaser": (
                "Die Anlaufstelle für das Ehrenamt berät ab sofort jeden zweiten Donnerstag "
                "auch in Süderwarf – ohne Termin."
            ),
            "body": [
                text(
                    "<p>Viele Vereine aus den Dörfern im Westen des Amtes haben sich kürzere "
                    "Wege gewünscht. Deshalb ist die Ehrenamtskoordination jetzt jeden zweiten "
                    "Donnerstag von 16 bis 18 Uhr im Dorfgemeinschaftshaus Süderwarf.</p>"
                    "<p>Kommen Sie einfach vorbei, wenn Sie Fragen zu Fördermitteln, zur "
                    "Vereinsgründung oder zur Suche nach Helferinnen und Helfern haben. Die "
                    "Sprechzeiten in Grotenhusen bleiben wie bisher.</p>"
                ),
            ],
        },
        "en": {
            "title": "Amt Eiderheide: new office hours in the Süderwarf village hall",
            "teaser": (
                "The volunteering contact point now also advises in Süderwarf every other "
                "Thursday – no appointment needed."
            ),
            "body": [
                text(
                    "<p>Many clubs from the villages in the west of the Amt asked for shorter "
                    "journeys. The volunteering coordination is therefore now in the Süderwarf "
                    "village hall every other Thursday from 4 to 6 pm.</p>"
                    "<p>Just drop in if you have questions about funding, founding a club or "
                    "finding helpers. The office hours in Grotenhusen stay as they are.</p>"
                ),
            ],
        },
    },
    {
        "slug": "ehrenamtspauschale-uebungsleiterpauschale",
        "days_ago": 10,
        "region": None,
        "topics": ["finanzen-steuern", "recht"],
        "de": {
            "title": "Ehrenamts- und Übungsleiterpauschale: Was Vereine wissen sollten",
            "teaser": (
                "Wer im Verein eine kleine Aufwandsentschädigung zahlt, sollte die Freibeträge "
                "kennen. Wir haben die wichtigsten Punkte zusammengefasst."
            ),
            "body": [
                text(
                    "<p>Vereine dürfen Ehrenamtlichen ihren Einsatz steuerfrei vergüten – "
                    "allerdings nur bis zu bestimmten Beträgen im Jahr und nur für bestimmte "
                    "Tätigkeiten. Die Übungsleiterpauschale gilt etwa für Trainerinnen, "
                    "Chorleiter oder Betreuerinnen, die Ehrenamtspauschale für Vorstände, "
                    "Platzwarte oder Kassenführung.</p>"
                ),
                heading("Unsere Tipps"),
                text(
                    "<ul><li>Lassen Sie sich von jeder Person schriftlich bestätigen, dass sie "
                    "die Pauschale nicht schon in einem anderen Verein nutzt.</li>"
                    "<li>Prüfen Sie, ob Ihre Satzung Vergütungen für den Vorstand erlaubt.</li>"
                    "<li>Fragen Sie bei Unsicherheit Ihre Steuerberatung oder unsere "
                    "Ehrenamtslotsen.</li></ul>"
                ),
            ],
        },
    },
    {
        "slug": "kompetenzstammtisch-homepage",
        "days_ago": 17,
        "region": SOUTH,
        "topics": ["digitale-werkzeuge", "oeffentlichkeitsarbeit"],
        "de": {
            "title": "Kompetenzstammtisch Ohmtal: Vereine helfen Vereinen bei der Homepage",
            "teaser": (
                "Beim letzten Stammtisch in Lindenau haben drei Vereine gezeigt, wie sie ihre "
                "Website mit wenig Aufwand aktuell halten."
            ),
            "body": [
                text(
                    "<p>Zwölf Vereine kamen zum Kompetenzstammtisch ins Gasthaus in Lindenau. "
                    "Der Schützenverein Altenbrunn zeigte, wie er Termine nur noch an einer "
                    "Stelle pflegt, der Gesangverein stellte seine Vorlage für Pressetexte "
                    "vor.</p>"
                    "<p>Der nächste Stammtisch dreht sich um Fotos im Verein und das Recht am "
                    "eigenen Bild. Neue Vereine sind herzlich willkommen.</p>"
                ),
            ],
        },
    },
    {
        "slug": "checkliste-datenschutz-mitgliederlisten",
        "days_ago": 24,
        "region": None,
        "topics": ["datenschutz"],
        "de": {
            "title": "Datenschutz im Verein: eine Checkliste für Mitgliederlisten",
            "teaser": (
                "Wer darf die Telefonliste sehen, und wie lange bleiben Daten ausgetretener "
                "Mitglieder gespeichert? Unsere Checkliste gibt Antworten."
            ),
            "body": [
                text(
                    "<p>Auch kleine Vereine verarbeiten personenbezogene Daten. Die neue "
                    "Checkliste im Wissensspeicher hilft Ihnen, in einer Stunde die wichtigsten "
                    "Punkte zu prüfen: Zweck der Daten, Zugriff, Aufbewahrung und Löschung.</p>"
                    "<p>Mit dabei sind ein Muster für das Verzeichnis der Verarbeitungstätigkeiten "
                    "und ein Textbaustein für die Beitrittserklärung.</p>"
                ),
            ],
        },
    },
    {
        "slug": "schnuppertag-feuerwehren-grotenhusen",
        "days_ago": 31,
        "region": NORTH,
        "topics": ["mitgliedergewinnung"],
        "de": {
            "title": "Mitglieder gewinnen: Schnuppertag der Feuerwehren in Grotenhusen",
            "teaser": (
                "Rund 80 Gäste haben beim Schnuppertag ausprobiert, wie sich ein Einsatz "
                "anfühlt. Sieben Erwachsene wollen jetzt mitmachen."
            ),
            "body": [
                text(
                    "<p>Die Freiwilligen Feuerwehren aus Grotenhusen, Norderbrook und Osterholm "
                    "haben gemeinsam zum Schnuppertag eingeladen. Besucherinnen und Besucher "
                    "durften mit dem Strahlrohr löschen, Atemschutz anprobieren und bei einer "
                    "Übung zuschauen.</p>"
                    "<p>Das Rezept der Wehren: persönlich ansprechen, Familien einladen und "
                    "zeigen, dass es auch Aufgaben ohne Einsatzdienst gibt – etwa in der "
                    "Jugendarbeit oder bei der Organisation von Festen.</p>"
                ),
            ],
        },
    },
    {
        "slug": "versicherungsschutz-im-ehrenamt",
        "days_ago": 45,
        "region": None,
        "topics": ["versicherungen"],
        "de": {
            "title": "Versicherungsschutz im Ehrenamt: Wann die Sammelversicherung hilft",
            "teaser": (
                "Wer sich freiwillig engagiert, ist meist über den Verein oder die "
                "Sammelversicherung des Landes versichert. Wir erklären, wann welche greift."
            ),
            "body": [
                text(
                    "<p>Viele Ehrenamtliche fragen sich, ob sie versichert sind, wenn beim "
                    "Aufbau für das Dorffest etwas passiert. Die gute Nachricht: In den meisten "
                    "Fällen ja. Vorrang hat die Versicherung des Vereins; wo sie fehlt, springt "
                    "die Sammelversicherung des Landes für Unfall und Haftpflicht ein.</p>"
                    "<p>Für Initiativen ohne eigene Rechtsform ist die Sammelversicherung oft "
                    "der einzige Schutz. Melden Sie sich bei der Anlaufstelle, wenn Sie unsicher "
                    "sind.</p>"
                ),
            ],
        },
    },
]

SURVEY = {
    "slug": "bedarfsumfrage",
    "to_address": "kontakt@example.org",
    "de": {
        "title": "Bedarfsumfrage: Was braucht Ihr Verein?",
        "intro": (
            "Helfen Sie uns, Beratung und Kurse so zu planen, dass sie zu Ihrem Verein passen. "
            "Die Umfrage dauert etwa fünf Minuten."
        ),
        "description": (
            "<p>Die Ehrenamtskoordination wertet die Antworten aus und stellt die Ergebnisse "
            "bei den Kompetenzstammtischen vor. Einzelne Antworten geben wir nicht weiter.</p>"
        ),
        "thank_you_text": (
            "<p>Vielen Dank für Ihre Zeit! Wir werten alle Antworten zum Ende des Quartals "
            "aus. Wenn Sie eine E-Mail-Adresse angegeben haben, melden wir uns bei "
            "Rückfragen.</p>"
        ),
        "subject": "Neue Antwort auf die Bedarfsumfrage",
    },
    "en": {
        "title": "Needs survey: what does your club need?",
        "intro": (
            "Help us plan advice and courses that fit your club. The survey takes about five "
            "minutes."
        ),
        "description": (
            "<p>The volunteering coordination evaluates the answers and presents the results "
            "at the competence network meetings. We never pass on single answers.</p>"
        ),
        "thank_you_text": (
            "<p>Thank you for your time! We evaluate all answers at the end of the quarter. "
            "If you gave an email address, we will contact you with any questions.</p>"
        ),
    },
    # (field type, required, German label, German help text, German choices,
    #  English label, English help text, English choices)
    "fields": [
        (
            "singleline",
            True,
            "Name des Vereins oder der Initiative",
            "",
            "",
            "Name of the club or initiative",
            "",
            "",
        ),
        ("singleline", True, "Ort", "", "", "Village or town", "", ""),
        (
            "email",
            False,
            "E-Mail-Adresse für Rückfragen",
            "Nur wenn wir Sie zu Ihren Antworten ansprechen dürfen.",
            "",
            "Email address for questions",
            "Only if we may contact you about your answers.",
            "",
        ),
        (
            "dropdown",
            True,
            "Bereich",
            "",
            "Sport\nKultur\nFeuerwehr\nSoziales\nUmwelt und Natur\nKinder und Jugend\n"
            "Seniorinnen und Senioren\nKirche\nBildung\nAnderer Bereich",
            "Field",
            "",
            "Sport\nCulture\nFire brigade\nSocial\nEnvironment\nYouth\nSeniors\nChurch\n"
            "Education\nOther field",
        ),
        (
            "checkboxes",
            True,
            "Wobei wünschen Sie sich Unterstützung?",
            "Mehrere Antworten sind möglich.",
            "Vorstandsarbeit\nFinanzen und Steuern\nRecht\nVersicherungen\nDatenschutz\n"
            "Fördermittel\nÖffentlichkeitsarbeit\nDigitale Werkzeuge\nMitgliedergewinnung",
            "Where would you like support?",
            "Choose as many as apply.",
            "Board work\nFinance and tax\nLaw\nInsurance\nData protection\nFunding\n"
            "Public relations\nDigital tools\nRecruiting members",
        ),
        (
            "number",
            False,
            "Wie viele Menschen engagieren sich aktiv in Ihrem Verein?",
            "Eine Schätzung genügt.",
            "",
            "How many people are active in your club?",
            "An estimate is enough.",
            "",
        ),
        (
            "radio",
            True,
            "Welche Form der Beratung passt Ihnen am besten?",
            "",
            "Telefon\nVideogespräch\nVor Ort im Verein\nBeim Kompetenzstammtisch",
            "Which kind of advice suits you best?",
            "",
            "Phone\nVideo call\nOn site at the club\nAt the competence network meeting",
        ),
        (
            "date",
            False,
            "Bis wann brauchen Sie Unterstützung?",
            "",
            "",
            "By when do you need support?",
            "",
            "",
        ),
        (
            "multiline",
            False,
            "Was sollen wir sonst noch wissen?",
            "",
            "",
            "Anything else we should know?",
            "",
            "",
        ),
    ],
}

# The feedback form of the accessibility statement ("Barriere melden"), under that page.
ACCESSIBILITY_FEEDBACK = {
    "slug": "barriere-melden",
    "parent_slug": "barrierefreiheit",
    "to_address": "barrierefreiheit@example.org",
    "de": {
        "title": "Barriere melden",
        "intro": (
            "Sie kommen auf einer Seite nicht weiter, etwas ist schlecht lesbar oder lässt sich "
            "nicht mit der Tastatur bedienen? Sagen Sie es uns."
        ),
        "description": (
            "<p>Wir antworten innerhalb von zwei Wochen. Auf Wunsch senden wir Ihnen die "
            "Inhalte in einer Form, die Sie nutzen können.</p>"
        ),
        "thank_you_text": (
            "<p>Vielen Dank für Ihren Hinweis! Wir prüfen ihn und melden uns innerhalb von "
            "zwei Wochen, wenn Sie eine E-Mail-Adresse angegeben haben.</p>"
        ),
        "subject": "Barriere gemeldet",
    },
    "en": {
        "title": "Report a barrier",
        "intro": (
            "You got stuck on a page, something is hard to read or cannot be used with the "
            "keyboard? Let us know."
        ),
        "description": (
            "<p>We answer within two weeks. On request we send you the content in a form you "
            "can use.</p>"
        ),
        "thank_you_text": (
            "<p>Thank you for telling us! We look into it and reply within two weeks if you "
            "gave an email address.</p>"
        ),
    },
    "fields": [
        (
            "singleline",
            True,
            "Auf welcher Seite?",
            "Die Adresse oder der Titel der Seite.",
            "",
            "On which page?",
            "The address or the title of the page.",
            "",
        ),
        (
            "multiline",
            True,
            "Was ist Ihnen aufgefallen?",
            "Zum Beispiel: Was wollten Sie tun, und was hat nicht geklappt?",
            "",
            "What did you notice?",
            "For example: what did you want to do, and what did not work?",
            "",
        ),
        (
            "email",
            False,
            "E-Mail-Adresse für unsere Antwort",
            "Nur wenn Sie eine Antwort möchten.",
            "",
            "Email address for our answer",
            "Only if you would like an answer.",
            "",
        ),
    ],
    # Added to the statement when the form is created, in each language.
    "link": {
        "de": ("Barriere melden", "Nutzen Sie dafür unser Formular.", "Barriere melden"),
        "en": ("Report a barrier", "Use our form for this.", "Report a barrier"),
    },
}
