"""Demo events and courses, written for this project. Dates are days from the day of loading
(negative: in the past), so a fresh demo always shows coming dates.

`sessions`: (days from today, start, end, module title). `registrations`: how many confirmed
and waiting demo people to add. Places are looked up by the municipality's slug.
"""

from .blocks import heading, text

NORTH = "amt-eiderheide"
SOUTH = "landkreis-ohmtal"

INDEX = {
    "slug": "veranstaltungen",
    "de": {
        "title": "Veranstaltungen und Kurse",
        "intro": (
            "Fortbildungen für Vorstände und Ehrenamtliche, Stammtische, Workshops und "
            "Infoabende in Ihrer Region – meist kostenlos. Melden Sie sich direkt online an; "
            "ist ein Kurs voll, kommen Sie auf die Warteliste."
        ),
    },
    "en": {
        "title": "Events and courses",
        "intro": (
            "Training for board members and volunteers, regulars' meetings, workshops and "
            "information evenings in your region – mostly free of charge. Register online; "
            "when a course is full, you go on the waiting list."
        ),
    },
}

# Monthly Stammtische: (slug prefix, region, title, venue, street, municipality, weekday, nth,
# time from, time to); one event page per coming month.
STAMMTISCHE = [
    (
        "ehrenamtsstammtisch-eiderheide",
        NORTH,
        "Ehrenamts-Stammtisch Eiderheide",
        "Dörpshus Grotenhusen",
        "Dorfstraße 12",
        "grotenhusen",
        2,
        2,
        "19:00",
        "21:00",
    ),
    (
        "vereinsstammtisch-ohmtal",
        SOUTH,
        "Vereinsstammtisch Ohmtal",
        "Gasthaus „Zur Linde“, Nebenraum",
        "Marktplatz 3",
        "lindenau",
        3,
        1,
        "19:30",
        "21:30",
    ),
]
STAMMTISCH_TEASER = (
    "Austausch unter Ehrenamtlichen bei Getränken und Brezeln: Wer hat welche Frage, wer kann "
    "wem helfen? Ohne Anmeldung, neue Gesichter sind herzlich willkommen."
)
STAMMTISCH_BODY = [
    text(
        "<p>Beim Stammtisch treffen sich Engagierte aus Vereinen, Initiativen und Gemeinden der "
        "Region. Es gibt kein festes Programm: Jede und jeder bringt mit, was gerade beschäftigt "
        "– vom Kassenbericht über die Suche nach Übungsleitungen bis zur nächsten "
        "Dorfputzaktion.</p><p>Die Ehrenamtskoordination ist dabei und beantwortet Fragen zu "
        "Förderung und Fortbildung.</p>"
    )
]

EVENTS = [
    {
        "slug": "zertifikatskurs-vereinsmanagement",
        "kind": "certificate_course",
        "region": NORTH,
        "municipality": "bargenfleth",
        "venue": "Dorfgemeinschaftshaus Bargenfleth",
        "street": "Am Dorfteich 4",
        "sessions": [
            (12, "09:30", "16:00", "Vorstandsarbeit und Satzung"),
            (26, "09:30", "16:00", "Finanzen, Kasse und Gemeinnützigkeit"),
            (40, "09:30", "16:00", "Recht, Haftung und Versicherungen"),
            (54, "09:30", "16:00", "Mitglieder gewinnen und halten"),
        ],
        "capacity": 16,
        "sessions_for_certificate": 3,
        "costs": "",
        "deadline": 10,
        "topics": ["vorstandsarbeit", "finanzen-steuern", "recht", "mitgliedergewinnung"],
        "target_group": "Vorstandsmitglieder und alle, die es werden möchten",
        "registrations": (16, 3),
        "de": {
            "title": "Zertifikatskurs Vereinsmanagement",
            "teaser": (
                "In vier Modulen lernen Sie alles, was ein Vereinsvorstand wissen muss – von "
                "der Satzung über die Kasse bis zur Mitgliedergewinnung. Mit Zertifikat."
            ),
        },
        "en": {
            "title": "Certificate course in club management",
            "teaser": (
                "Four modules on everything a club board needs to know – from the statutes "
                "and the accounts to recruiting members. With a certificate."
            ),
        },
        "body": [
            heading("Worum es geht"),
            text(
                "<p>Der Kurs richtet sich an Vorstandsmitglieder, Kassenwartinnen und "
                "Kassenwarte sowie an alle, die künftig Verantwortung im Verein übernehmen "
                "wollen. Referentinnen und Referenten aus der Praxis erklären die Grundlagen "
                "und beantworten Ihre Fragen.</p><p>Für das Zertifikat nehmen Sie an "
                "mindestens drei der vier Module teil. Verpflegung ist inbegriffen.</p>"
            ),
        ],
    },
    {
        "slug": "kassenpruefung-leicht-gemacht",
        "kind": "qualification_course",
        "region": SOUTH,
        "municipality": "altenbrunn",
        "venue": "Bürgerhaus Altenbrunn",
        "street": "Schulstraße 7",
        "sessions": [(9, "18:00", "21:00", "")],
        "capacity": 12,
        "costs": "",
        "topics": ["finanzen-steuern"],
        "target_group": "Kassenprüferinnen und Kassenprüfer von Vereinen",
        "registrations": (12, 2),
        "de": {
            "title": "Kassenprüfung leicht gemacht",
            "teaser": (
                "Worauf kommt es bei der Kassenprüfung an? Ein Abend mit Checkliste, "
                "Beispielen und vielen Tipps aus der Praxis."
            ),
        },
        "body": [
            text(
                "<p>Sie wurden zur Kassenprüferin oder zum Kassenprüfer gewählt und fragen "
                "sich, was genau zu tun ist? Wir gehen gemeinsam eine Prüfung Schritt für "
                "Schritt durch: Belege, Kassenbuch, Kontoauszüge und der Bericht an die "
                "Mitgliederversammlung.</p>"
            )
        ],
    },
    {
        "slug": "datenschutz-im-verein",
        "kind": "workshop",
        "region": NORTH,
        "online": "Den Link zur Videokonferenz erhalten Sie einen Tag vorher per E-Mail.",
        "sessions": [(16, "18:30", "20:30", "")],
        "capacity": 25,
        "costs": "",
        "topics": ["datenschutz", "digitale-werkzeuge"],
        "target_group": "Vereine und Initiativen, die Mitgliederdaten verwalten",
        "registrations": (8, 0),
        "de": {
            "title": "Datenschutz im Verein – online",
            "teaser": (
                "Mitgliederliste, Fotos vom Sommerfest, WhatsApp-Gruppe: Was ist erlaubt? "
                "Ein praktischer Online-Workshop mit Mustervorlagen."
            ),
        },
        "en": {
            "title": "Data protection in clubs – online",
            "teaser": (
                "Member lists, photos of the summer fair, messenger groups: what is allowed? "
                "A practical online workshop with templates."
            ),
        },
        "body": [
            text(
                "<p>Wir klären die wichtigsten Pflichten nach der Datenschutz-Grundverordnung "
                "und zeigen, wie Sie mit wenig Aufwand ein Verzeichnis der "
                "Verarbeitungstätigkeiten, eine Einwilligung für Fotos und eine "
                "Datenschutzerklärung erstellen.</p>"
            )
        ],
    },
    {
        "slug": "infoabend-foerdermittel",
        "kind": "info_event",
        "region": SOUTH,
        "municipality": "hainbach",
        "venue": "Dorfgemeinschaftshaus Hainbach",
        "street": "Lindenstraße 2",
        "sessions": [(20, "19:00", "20:30", "")],
        "capacity": None,
        "costs": "",
        "topics": ["foerdermittel"],
        "target_group": "Vereine, Initiativen und Gemeinden",
        "registrations": (5, 0),
        "de": {
            "title": "Infoabend: Fördermittel für Vereine",
            "teaser": (
                "Welche Förderprogramme gibt es für Vereine im Landkreis Ohmtal, und wie "
                "stellen Sie einen erfolgreichen Antrag?"
            ),
        },
        "en": {
            "title": "Information evening: funding for clubs",
            "teaser": (
                "Which funding programmes are there for clubs in the Ohmtal district, and how "
                "do you write a successful application?"
            ),
        },
        "body": [
            text(
                "<p>Die Ehrenamtskoordination stellt das Qualifizierungsbudget der "
                "Kompetenznetzwerke und weitere Förderprogramme vor. Anschließend ist Zeit für "
                "Ihre Fragen und Projektideen.</p>"
            )
        ],
    },
    {
        "slug": "lernwerkstatt-vereinswebsite",
        "kind": "learning_workshop",
        "region": NORTH,
        "municipality": "norderbrook",
        "venue": "Schule Norderbrook, Computerraum",
        "street": "Schulweg 1",
        "sessions": [
            (18, "10:00", "13:00", "Grundlagen und Aufbau"),
            (25, "10:00", "13:00", "Texte, Bilder und Termine pflegen"),
        ],
        "capacity": 10,
        "costs": "10 € für Material",
        "topics": ["digitale-werkzeuge", "oeffentlichkeitsarbeit"],
        "target_group": "Ehrenamtliche ohne Vorkenntnisse",
        "registrations": (6, 0),
        "de": {
            "title": "Lernwerkstatt: Die eigene Vereinswebsite",
            "teaser": (
                "An zwei Samstagvormittagen bauen Sie mit Unterstützung eine einfache Website "
                "für Ihren Verein – ohne Programmierkenntnisse."
            ),
        },
        "body": [
            text(
                "<p>Bringen Sie Ihren Laptop und Fotos aus dem Vereinsleben mit. Am Ende der "
                "Lernwerkstatt ist Ihre Website online und Sie wissen, wie Sie sie pflegen.</p>"
            )
        ],
    },
    {
        "slug": "workshop-nachwuchs-gewinnen",
        "kind": "workshop",
        "region": SOUTH,
        "municipality": "rodenhausen",
        "venue": "Feuerwehrhaus Rodenhausen",
        "street": "Am Sportplatz 5",
        "sessions": [(30, "10:00", "15:00", "")],
        "capacity": 20,
        "costs": "",
        "topics": ["mitgliedergewinnung", "oeffentlichkeitsarbeit"],
        "target_group": "Vorstände und Jugendwarte",
        "registrations": (3, 0),
        "de": {
            "title": "Workshop: Junge Menschen fürs Ehrenamt gewinnen",
            "teaser": (
                "Wie erreichen Vereine Jugendliche und junge Erwachsene? Ideen, Beispiele aus "
                "der Region und ein eigener Plan für Ihren Verein."
            ),
        },
        "body": [
            text(
                "<p>Im Workshop lernen Sie erfolgreiche Beispiele aus Sportvereinen, "
                "Feuerwehren und Jugendgruppen kennen und entwickeln in kleinen Gruppen "
                "Schritte für den eigenen Verein.</p>"
            )
        ],
    },
    {
        "slug": "erste-hilfe-fuer-uebungsleitungen",
        "kind": "qualification_course",
        "region": NORTH,
        "municipality": "westerkoog",
        "venue": "DRK-Haus Westerkoog",
        "street": "Koogstraße 21",
        "sessions": [(35, "09:00", "16:30", "")],
        "capacity": 14,
        "costs": "25 € (wird für Mitglieder von Sportvereinen erstattet)",
        "deadline": 7,
        "topics": ["versicherungen"],
        "target_group": "Übungsleitungen, Trainerinnen und Trainer",
        "registrations": (9, 0),
        "de": {
            "title": "Erste Hilfe für Übungsleitungen",
            "teaser": (
                "Der anerkannte Erste-Hilfe-Kurs für Übungsleitungen und Trainerteams, mit "
                "Schwerpunkt Sportverletzungen."
            ),
        },
        "body": [
            text(
                "<p>Der Kurs erfüllt die Anforderungen für die Übungsleiterlizenz. Bitte "
                "bringen Sie bequeme Kleidung mit.</p>"
            )
        ],
    },
    {
        "slug": "vereinsrecht-kompakt",
        "kind": "qualification_course",
        "region": SOUTH,
        "online": "Sie erhalten die Zugangsdaten nach der Anmeldung per E-Mail.",
        "sessions": [(44, "18:00", "20:00", "")],
        "capacity": 40,
        "costs": "",
        "topics": ["recht", "vorstandsarbeit"],
        "target_group": "Vorstände aller Vereine",
        "registrations": (4, 0),
        "de": {
            "title": "Vereinsrecht kompakt",
            "teaser": (
                "Mitgliederversammlung, Satzungsänderung, Haftung des Vorstands: die "
                "wichtigsten Regeln in zwei Stunden, online."
            ),
        },
        "body": [
            text(
                "<p>Eine Rechtsanwältin mit Schwerpunkt Vereinsrecht erklärt die Grundlagen "
                "und beantwortet Ihre Fragen im Chat.</p>"
            )
        ],
    },
    {
        "slug": "infoveranstaltung-ehrenamtskarte",
        "kind": "info_event",
        "region": NORTH,
        "municipality": "osterholm",
        "venue": "Amtsverwaltung Eiderheide, Sitzungssaal",
        "street": "Amtsplatz 1",
        "sessions": [(60, "17:00", "18:30", "")],
        "capacity": None,
        "registration": False,
        "costs": "",
        "topics": ["mitgliedergewinnung"],
        "target_group": "Ehrenamtliche und Vereine",
        "de": {
            "title": "Infoveranstaltung: Die Ehrenamtskarte",
            "teaser": (
                "Wer bekommt die Ehrenamtskarte, welche Vergünstigungen gibt es und wie "
                "beantragen Sie sie? Ohne Anmeldung."
            ),
        },
        "body": [
            text(
                "<p>Kommen Sie einfach vorbei. Antragsformulare liegen aus, und wir helfen "
                "Ihnen beim Ausfüllen.</p>"
            )
        ],
    },
    {
        "slug": "workshop-social-media",
        "kind": "workshop",
        "region": SOUTH,
        "municipality": "wiesental",
        "venue": "Jugendraum Wiesental",
        "street": "Brunnenweg 8",
        "sessions": [(75, "14:00", "17:00", "")],
        "capacity": 15,
        "costs": "",
        "topics": ["oeffentlichkeitsarbeit", "digitale-werkzeuge"],
        "target_group": "Ehrenamtliche, die für ihren Verein posten",
        "registrations": (2, 0),
        "de": {
            "title": "Workshop: Social Media für Vereine",
            "teaser": (
                "Gute Fotos, kurze Texte, ein Redaktionsplan: So zeigen Sie online, was in "
                "Ihrem Verein los ist."
            ),
        },
        "body": [
            text(
                "<p>Mit Übungen am eigenen Smartphone. Wir sprechen auch über Bildrechte und "
                "Datenschutz.</p>"
            )
        ],
    },
    # Past events: they have left the listings by themselves.
    {
        "slug": "workshop-versicherungen-im-verein",
        "kind": "workshop",
        "region": NORTH,
        "municipality": "suederwarf",
        "venue": "Dörpshus Süderwarf",
        "street": "Hauptstraße 3",
        "sessions": [(-20, "18:00", "20:30", "")],
        "capacity": 20,
        "costs": "",
        "topics": ["versicherungen"],
        "target_group": "Vorstände",
        "registrations": (11, 0),
        "attended": True,
        "de": {
            "title": "Workshop: Versicherungen im Verein",
            "teaser": (
                "Haftpflicht, Unfall, Veranstaltungen: Welche Versicherung braucht Ihr Verein?"
            ),
        },
        "body": [text("<p>Mit Beispielen aus der Praxis der Sportvereine im Amt.</p>")],
    },
    {
        "slug": "lernwerkstatt-kassenbuch",
        "kind": "learning_workshop",
        "region": SOUTH,
        "municipality": "lindenau",
        "venue": "Bürgerhaus Lindenau",
        "street": "Marktplatz 1",
        "sessions": [(-45, "10:00", "13:00", ""), (-38, "10:00", "13:00", "")],
        "capacity": 10,
        "costs": "",
        "topics": ["finanzen-steuern", "digitale-werkzeuge"],
        "target_group": "Kassenwartinnen und Kassenwarte",
        "registrations": (8, 0),
        "attended": True,
        "de": {
            "title": "Lernwerkstatt: Das digitale Kassenbuch",
            "teaser": "Das Kassenbuch in einer Tabellenkalkulation führen – Schritt für Schritt.",
        },
        "body": [text("<p>Mit Vorlage zum Mitnehmen.</p>")],
    },
    {
        "slug": "infoabend-gemeinnuetzigkeit",
        "kind": "info_event",
        "region": NORTH,
        "online": "Der Link kam per E-Mail.",
        "sessions": [(-10, "19:00", "20:30", "")],
        "capacity": None,
        "costs": "",
        "topics": ["finanzen-steuern", "recht"],
        "target_group": "Vereine",
        "registrations": (14, 0),
        "de": {
            "title": "Infoabend: Gemeinnützigkeit und Spenden",
            "teaser": "Was Vereine bei Spendenbescheinigungen und Freistellungsbescheid beachten.",
        },
        "body": [text("<p>Mit einer Steuerberaterin aus der Region.</p>")],
    },
]

# Invented people for the demo registrations (first names, last names).
FIRST_NAMES = [
    "Anke",
    "Bernd",
    "Claudia",
    "Dirk",
    "Elif",
    "Frank",
    "Gesa",
    "Hauke",
    "Ines",
    "Jan",
    "Karin",
    "Lars",
    "Maren",
    "Nils",
    "Olga",
    "Peter",
    "Rieke",
    "Stefan",
    "Tanja",
    "Uwe",
]
LAST_NAMES = [
    "Jensen",
    "Petersen",
    "Schröder",
    "Hansen",
    "Öztürk",
    "Brandt",
    "Möller",
    "Lorenzen",
    "Weiß",
    "Kowalski",
    "Franke",
    "Thomsen",
    "Becker",
    "Schäfer",
    "Koch",
    "Richter",
    "Albers",
    "Krüger",
    "Wagner",
    "Bauer",
]
ORGANISATIONS = [
    "TSV Grotenhusen",
    "Freiwillige Feuerwehr Süderwarf",
    "Landfrauen Westerkoog",
    "Kulturkreis Norderbrook",
    "Gesangverein Lindenau",
    "Dorfgemeinschaft Lütjenhusen",
    "",
]
