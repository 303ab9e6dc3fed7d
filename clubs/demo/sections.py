"""Demo section pages, networks, contact points and experts, written for this project."""

from .taxonomy import NORTH, SOUTH

# The four sections under the home page, in menu order.
SECTIONS = [
    {
        "model": "opportunity_finder",
        "slug": "engagement",
        "de": {
            "title": "Engagement finden",
            "intro": (
                "Ob ein Nachmittag beim Dorffest, ein paar Wochen bei der Ernte auf der "
                "Streuobstwiese oder jede Woche beim Training: Hier finden Sie Aufgaben, die zu "
                "Ihrer Zeit passen. Wählen Sie Ihren Ort und Ihre Interessen aus und melden Sie "
                "sich direkt beim Verein."
            ),
        },
        "en": {
            "title": "Find a way to help",
            "intro": (
                "One afternoon at the village fair, a few weeks of harvesting in the orchard or "
                "every week at training: find tasks that fit the time you have. Choose your "
                "village and your interests and get in touch with the club directly."
            ),
        },
    },
    {
        "model": "club_directory",
        "slug": "vereine",
        "de": {
            "title": "Vereine und Initiativen",
            "intro": (
                "Sportvereine, Feuerwehren, Chöre, Nachbarschaftshilfen und Gemeinden stellen "
                "sich vor: was sie tun, wann sie sich treffen, was sie anderen Vereinen anbieten "
                "können und wobei sie Unterstützung brauchen."
            ),
        },
        "en": {
            "title": "Clubs and initiatives",
            "intro": (
                "Sports clubs, fire brigades, choirs, neighbourhood help groups and municipalities "
                "introduce themselves: what they do, when they meet, what they can offer other "
                "clubs and where they need support."
            ),
        },
    },
    {
        "model": "network_index",
        "slug": "netzwerke",
        "de": {
            "title": "Kompetenznetzwerke",
            "intro": (
                "In den Kompetenznetzwerken helfen sich Vereine einer Region gegenseitig: Wer "
                "sich mit Kassenführung auskennt, hilft dem Nachbarverein beim Jahresabschluss, "
                "wer eine Homepage pflegt, zeigt anderen, wie es geht. Einmal im Monat trifft man "
                "sich zum Stammtisch – neue Vereine sind willkommen."
            ),
        },
        "en": {
            "title": "Competence networks",
            "intro": (
                "In the competence networks, the clubs of a region help each other: whoever "
                "knows how to keep the books helps the neighbouring club with its annual "
                "accounts, whoever runs a website shows the others how. The networks meet once "
                "a month at a Stammtisch – new clubs are welcome."
            ),
        },
    },
    {
        "model": "contact_point_index",
        "slug": "anlaufstellen",
        "de": {
            "title": "Anlaufstellen",
            "intro": (
                "Persönliche Beratung für Ehrenamtliche, Vereine und Gemeinden: in der "
                "Anlaufstelle und zu festen Sprechzeiten in den Dorfgemeinschaftshäusern. "
                "Geben Sie Ihren Ort ein, um die nächste Anlaufstelle zu finden."
            ),
        },
        "en": {
            "title": "Contact points",
            "intro": (
                "Personal advice for volunteers, clubs and municipalities: at the contact point "
                "and during regular office hours in the village halls. Enter your village to "
                "find the nearest contact point."
            ),
        },
    },
]

# Stammtisch dates: the `nth` `weekday` (0 = Monday) of each coming month at `time`, held in
# turn at the `places`.
NETWORKS = [
    {
        "slug": "vereinsnetzwerk-eiderheide",
        "region": NORTH,
        "title": "Vereinsnetzwerk Eiderheide",
        "summary": (
            "Sportverein, Feuerwehr, Kulturkreis, Landfrauen und Gemeinde: Vereine aus dem Amt "
            "Eiderheide, die sich bei Kasse, Satzung, "
            "Versicherungen und Nachwuchssuche gegenseitig unter die Arme greifen."
        ),
        "description": (
            "<p>Das Netzwerk ist aus einem Workshop zur Vorstandsnachfolge entstanden. Heute "
            "tauschen die Mitglieder Wissen, Material und Helfende: Der Sportverein verleiht "
            "sein Festzelt, die Landfrauen geben Tipps zur Kassenprüfung, und die Gemeinde "
            "Bargenfleth stellt ihr Dorfgemeinschaftshaus für Schulungen zur Verfügung.</p>"
            "<p>Beim monatlichen Stammtisch stehen jeweils ein Schwerpunktthema und eine offene "
            "Fragerunde auf dem Programm. Gäste aus anderen Vereinen sind herzlich eingeladen.</p>"
        ),
        "members": [
            "tsv-grotenhusen",
            "feuerwehr-suederwarf",
            "kulturkreis-norderbrook",
            "landfrauen-westerkoog",
            "dorfgemeinschaft-luetjenhusen",
            "reitverein-norderbrook",
            "gemeinde-bargenfleth",
        ],
        "moderator": "Sabine Hansen, Ehrenamtskoordination Amt Eiderheide",
        "meeting_rhythm": "Jeden ersten Dienstag im Monat, 19:00 Uhr",
        "schedule": {"weekday": 1, "nth": 1, "time": "19:00"},
        "places": [
            "Dorfgemeinschaftshaus Bargenfleth, Dorfstraße 12",
            "Vereinsheim TSV Grotenhusen, Am Sportplatz 3",
            "Gerätehaus der Feuerwehr Süderwarf, Deichweg 7",
        ],
        "notes": [
            "Schwerpunkt: Kassenprüfung und Jahresabschluss",
            "Schwerpunkt: Versicherungsschutz bei Vereinsfesten",
            "Schwerpunkt: Junge Leute für den Vorstand gewinnen",
            "",
        ],
        "en": {
            "title": "Eiderheide club network",
            "summary": (
                "Clubs and municipalities of Amt Eiderheide who help each other with "
                "accounts, statutes, insurance and finding new members."
            ),
            "description": (
                "<p>The network grew out of a workshop on board succession. Today its members "
                "share knowledge, equipment and helpers. At the monthly Stammtisch there is one "
                "main topic and an open round of questions; guests are welcome.</p>"
            ),
        },
    },
    {
        "slug": "netzwerk-nachbarschaft-eiderheide",
        "region": NORTH,
        "title": "Netzwerk Nachbarschaft und Natur",
        "summary": (
            "Nachbarschaftshilfe, Kirchengemeinde, Repair-Café und Naturschutz: Initiativen, "
            "die Helfende teilen und gemeinsam Aktionen planen."
        ),
        "description": (
            "<p>Kleine Initiativen haben selten einen großen Vorstand. Im Netzwerk stimmen sie "
            "Termine ab, vermitteln Helfende untereinander und planen gemeinsame Aktionen wie den "
            "Frühjahrsputz an der Eider oder den Reparaturtag im Gemeindehaus.</p>"
        ),
        "members": [
            "nachbarschaftshilfe-osterholm",
            "kirchengemeinde-hollerwisch",
            "repair-cafe-suederwarf",
            "naturschutz-eiderniederung",
            "jugendtreff-grotenhusen",
            "landfrauen-westerkoog",
        ],
        "moderator": "Pastorin Maren Thiessen, Kirchengemeinde Hollerwisch",
        "meeting_rhythm": "Jeden dritten Mittwoch im Monat, 18:30 Uhr",
        "schedule": {"weekday": 2, "nth": 3, "time": "18:30"},
        "places": [
            "Gemeindehaus Hollerwisch, Kirchenstieg 2",
            "Dörpshus Osterholm, Hauptstraße 21",
        ],
        "notes": ["", "Mit Vorstellung der Ehrenamtskarte", "", ""],
    },
    {
        "slug": "kompetenznetzwerk-ohmtal",
        "region": SOUTH,
        "title": "Kompetenznetzwerk Ohmtal",
        "summary": (
            "Neun Vereine, Initiativen und Gemeinden aus dem Landkreis Ohmtal teilen ihr Wissen "
            "beim monatlichen Kompetenzstammtisch – mit professioneller Moderation."
        ),
        "description": (
            "<p>Im Kompetenznetzwerk Ohmtal bringen Vereine ein, was sie gut können, und holen "
            "sich Rat, wo es hakt: Förderanträge, Datenschutz, Mitgliederverwaltung oder die "
            "Gemeinnützigkeit. Das Netzwerk verfügt über ein eigenes Qualifizierungsbudget, aus "
            "dem Schulungen für die Mitglieder bezahlt werden.</p>"
            "<p>Die Stammtische finden reihum bei den Mitgliedern statt. Wer neu dazukommen "
            "möchte, meldet sich bei der Freiwilligenagentur.</p>"
        ),
        "members": [
            "kulturscheune-lindenau",
            "sg-altenbrunn-hainbach",
            "feuerwehr-hainbach",
            "liederkranz-wiesental",
            "buergerhilfe-rodenhausen",
            "gemeinde-oberweiden",
            "obst-gartenbau-oberweiden",
            "kirchengemeinde-lindenau",
            "willkommensnetz-ohmtal",
        ],
        "moderator": "Dr. Ulrike Brandt, freie Moderatorin für Vereinsentwicklung",
        "meeting_rhythm": "Jeden zweiten Donnerstag im Monat, 19:00 Uhr",
        "schedule": {"weekday": 3, "nth": 2, "time": "19:00"},
        "places": [
            "Kulturscheune Lindenau, Mühlgasse 4",
            "Bürgerhaus Oberweiden, Lindenplatz 1",
            "Sportheim Altenbrunn, Zum Sportfeld 9",
        ],
        "notes": [
            "Schwerpunkt: Förderanträge richtig stellen",
            "Schwerpunkt: Datenschutz in der Mitgliederverwaltung",
            "",
            "Schwerpunkt: Gemeinnützigkeit und Spendenquittungen",
        ],
        "en": {
            "title": "Ohmtal competence network",
            "summary": (
                "Nine clubs, initiatives and municipalities of the Ohmtal district share their "
                "know-how at a monthly Stammtisch with professional moderation."
            ),
            "description": (
                "<p>Members bring in what they are good at and get advice where they are stuck: "
                "funding applications, data protection, membership records or charitable status. "
                "The network has its own training budget. The Stammtisch moves from member to "
                "member; newcomers contact the volunteer agency.</p>"
            ),
        },
    },
]

# Office hours: (weekday 0 = Monday, opens, closes, place, note).
CONTACT_POINTS = [
    {
        "slug": "anlaufstelle-amt-eiderheide",
        "region": NORTH,
        "title": "Anlaufstelle Ehrenamt Amt Eiderheide",
        "summary": (
            "Die zentrale Anlaufstelle für Ehrenamtliche und Vereine im Amt Eiderheide, mit "
            "Sprechstunden in den Dorfgemeinschaftshäusern."
        ),
        "description": (
            "<p>Wir beraten Vereine zu Vorstandsarbeit, Fördermitteln und Versicherungen, "
            "vermitteln Helfende und Ausleihmaterial und bringen Sie mit unseren "
            "Ehrenamtslotsen zusammen. Wer nicht ins Amtshaus kommen kann, trifft uns in den "
            "Außenstellen in Westerkoog und Osterholm.</p>"
            "<p>Für Gespräche außerhalb der Sprechzeiten vereinbaren Sie bitte einen Termin.</p>"
        ),
        "municipality": "grotenhusen",
        "street": "Amtsplatz 1",
        "postcode": "25779",
        "phone": "04801 9270-40",
        "email": "ehrenamt.eiderheide@example.org",
        "coordinators": [
            ("Sabine Hansen", "Ehrenamtskoordination", "04801 9270-41", "s.hansen@example.org"),
            ("Ole Carstens", "Verwaltung und Ausleihe", "04801 9270-42", "o.carstens@example.org"),
        ],
        "branch_offices": [
            ("Dorfgemeinschaftshaus Westerkoog", "westerkoog", "Koogstraße 5"),
            ("Dörpshus Osterholm", "osterholm", "Hauptstraße 21"),
        ],
        "office_hours": [
            (1, "09:00", "12:00", "", ""),
            (3, "14:00", "18:00", "", ""),
            (2, "16:00", "18:00", "Dorfgemeinschaftshaus Westerkoog", "nur in geraden Wochen"),
            (4, "10:00", "12:00", "Dörpshus Osterholm", ""),
        ],
        "en": {
            "title": "Volunteering contact point Amt Eiderheide",
            "summary": (
                "The central contact point for volunteers and clubs in Amt Eiderheide, with "
                "office hours in the village halls."
            ),
            "description": (
                "<p>We advise clubs on board work, funding and insurance, find helpers and "
                "equipment to borrow, and put you in touch with our volunteer experts. Outside "
                "the office hours, please make an appointment.</p>"
            ),
        },
    },
    {
        "slug": "freiwilligenagentur-ohmtal",
        "region": SOUTH,
        "title": "Freiwilligenagentur Landkreis Ohmtal",
        "summary": (
            "Beratung, Qualifizierung und Vermittlung für Engagierte im Landkreis Ohmtal – im "
            "Kreishaus und im Dorfgemeinschaftshaus Rodenhausen."
        ),
        "description": (
            "<p>Die Freiwilligenagentur begleitet das Kompetenznetzwerk Ohmtal, organisiert die "
            "Kurse des Qualifizierungsprogramms und berät Menschen, die sich engagieren "
            "möchten. Vereine erhalten hier Hilfe bei Förderanträgen und Satzungsfragen.</p>"
        ),
        "municipality": "lindenau",
        "street": "Am Kreishaus 2",
        "postcode": "35325",
        "phone": "06401 3380-15",
        "email": "freiwilligenagentur.ohmtal@example.org",
        "coordinators": [
            ("Mehmet Yılmaz", "Ehrenamtskoordination", "06401 3380-15", "m.yilmaz@example.org"),
            ("Jana Reuter", "Qualifizierung und Kurse", "06401 3380-16", "j.reuter@example.org"),
        ],
        "branch_offices": [
            ("Dorfgemeinschaftshaus Rodenhausen", "rodenhausen", "Brunnenweg 3"),
        ],
        "office_hours": [
            (0, "09:00", "12:00", "", ""),
            (2, "14:00", "17:00", "", ""),
            (3, "17:00", "19:00", "Dorfgemeinschaftshaus Rodenhausen", "auch ohne Termin"),
        ],
        "en": {
            "title": "Volunteer agency Ohmtal district",
            "summary": (
                "Advice, training and matching for volunteers in the Ohmtal district – at the "
                "district office and in the village hall of Rodenhausen."
            ),
            "description": (
                "<p>The volunteer agency supports the Ohmtal competence network, organises the "
                "courses of the training programme and advises people who want to get involved. "
                "Clubs get help with funding applications and questions about their statutes.</p>"
            ),
        },
    },
    {
        "slug": "ehrenamtsbuero-oberweiden",
        "region": SOUTH,
        "title": "Ehrenamtsbüro Oberweiden",
        "summary": (
            "Das Ehrenamtsbüro der Gemeinde Oberweiden: erste Adresse für Vereine und "
            "Engagierte aus Oberweiden, Hainbach und Wiesental."
        ),
        "description": (
            "<p>Im Bürgerhaus beantworten wir Fragen rund ums Ehrenamt, nehmen Hilfegesuche "
            "entgegen und vermitteln an die Freiwilligenagentur des Landkreises weiter, wenn "
            "es um Fördermittel oder Kurse geht. Einmal im Monat sind wir im Dorfgemeinschaftshaus "
            "Hainbach.</p>"
        ),
        "municipality": "oberweiden",
        "street": "Lindenplatz 1",
        "postcode": "35329",
        "phone": "06633 8120-0",
        "email": "ehrenamt.oberweiden@example.org",
        "coordinators": [
            (
                "Heike Schäfer",
                "Ansprechpartnerin Ehrenamt",
                "06633 8120-22",
                "h.schaefer@example.org",
            ),
        ],
        "branch_offices": [
            ("Dorfgemeinschaftshaus Hainbach", "hainbach", "Schulstraße 8"),
        ],
        "office_hours": [
            (1, "15:00", "18:00", "", ""),
            (4, "09:00", "11:00", "", ""),
            (5, "10:00", "12:00", "Dorfgemeinschaftshaus Hainbach", "am ersten Samstag im Monat"),
        ],
    },
]

EXPERTS = [
    {
        "kind": "person",
        "name": "Hans-Peter Jensen",
        "organisation": "",
        "topics": ["finanzen-steuern", "foerdermittel", "vorstandsarbeit"],
        "regions": [NORTH],
        "profile": (
            "War dreißig Jahre in der Kämmerei einer Amtsverwaltung tätig und ist heute Kassenwart "
            "im Sportverein. Berät zu Kassenführung, Haushaltsplan, Zuschüssen und der Frage, "
            "was ein Verein steuerlich beachten muss."
        ),
        "user": "lotse",
        "listed_publicly": True,
    },
    {
        "kind": "partner",
        "name": "Birte Lorenzen",
        "organisation": "Sparkasse Marsch und Geest",
        "topics": ["finanzen-steuern", "foerdermittel", "digitale-werkzeuge"],
        "regions": [NORTH],
        "profile": (
            "Firmenkundenberaterin mit Schwerpunkt Vereine. Hilft bei Vereinskonten, "
            "Online-Banking mit mehreren Zeichnungsberechtigten, Spendenplattformen und der "
            "Suche nach Stiftungsmitteln."
        ),
        "listed_publicly": True,
    },
    {
        "kind": "person",
        "name": "Dr. Friederike Haas",
        "organisation": "",
        "topics": ["recht", "datenschutz", "vorstandsarbeit"],
        "regions": [NORTH, SOUTH],
        "profile": (
            "Rechtsanwältin im Ruhestand und langjährige Vorsitzende eines Heimatvereins. "
            "Beantwortet Fragen zu Satzung, Mitgliederversammlung, Haftung des Vorstands und "
            "Datenschutz im Verein."
        ),
        "listed_publicly": True,
    },
    {
        "kind": "partner",
        "name": "Andreas Kühn",
        "organisation": "Versicherungsbüro Kühn & Partner",
        "topics": ["versicherungen", "recht"],
        "regions": [SOUTH],
        "profile": (
            "Versicherungsmakler, der Vereine ehrenamtlich berät: Welche Haftpflicht braucht "
            "ein Dorffest, was deckt die Unfallversicherung der Helfenden ab, und wann lohnt "
            "sich eine Veranstaltungsversicherung?"
        ),
        "listed_publicly": True,
    },
    {
        "kind": "person",
        "name": "Selin Arslan",
        "organisation": "",
        "topics": ["digitale-werkzeuge", "oeffentlichkeitsarbeit", "mitgliedergewinnung"],
        "regions": [SOUTH],
        "profile": (
            "Mediengestalterin und Jugendtrainerin. Zeigt Vereinen, wie sie ihre Website "
            "pflegen, Termine online teilen und mit kurzen Beiträgen junge Leute erreichen."
        ),
        "listed_publicly": True,
    },
    {
        "kind": "partner",
        "name": "Gerd Wittmann",
        "organisation": "Raiffeisenbank Ohmtal eG",
        "topics": ["finanzen-steuern", "foerdermittel"],
        "regions": [SOUTH],
        "profile": (
            "Berät Vereine zur Finanzierung größerer Anschaffungen und zu Förderprogrammen "
            "der Bank. Hat einer Veröffentlichung seines Profils noch nicht zugestimmt."
        ),
        "listed_publicly": False,
    },
]
