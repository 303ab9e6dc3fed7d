"""Demo regions, villages, topics and categories. The places are invented; their coordinates lie
where such villages could be: in the marshland of Dithmarschen and in the hills of
Upper Hesse."""

NORTH = "amt-eiderheide"
SOUTH = "landkreis-ohmtal"

REGIONS = [
    {"slug": NORTH, "name": "Amt Eiderheide", "kind": "amt", "coordinator": "koordination.nord"},
    {
        "slug": SOUTH,
        "name": "Landkreis Ohmtal",
        "kind": "district",
        "coordinator": "koordination.sued",
    },
]

# (region, name, slug, postcode, latitude, longitude); villages of one Amt often share a postcode.
MUNICIPALITIES = [
    (NORTH, "Grotenhusen", "grotenhusen", "25779", "54.31520", "9.22410"),
    (NORTH, "Süderwarf", "suederwarf", "25779", "54.33120", "9.18760"),
    (NORTH, "Norderbrook", "norderbrook", "25779", "54.34710", "9.21050"),
    (NORTH, "Westerkoog", "westerkoog", "25782", "54.29680", "9.14200"),
    (NORTH, "Lütjenhusen", "luetjenhusen", "25782", "54.28010", "9.17330"),
    (NORTH, "Osterholm", "osterholm", "25785", "54.29050", "9.26520"),
    (NORTH, "Hollerwisch", "hollerwisch", "25785", "54.30630", "9.30100"),
    (NORTH, "Bargenfleth", "bargenfleth", "25786", "54.32590", "9.28110"),
    (SOUTH, "Lindenau", "lindenau", "35325", "50.73120", "9.04580"),
    (SOUTH, "Altenbrunn", "altenbrunn", "35325", "50.74410", "9.01870"),
    (SOUTH, "Hainbach", "hainbach", "35327", "50.70980", "9.08210"),
    (SOUTH, "Wiesental", "wiesental", "35327", "50.69350", "9.05630"),
    (SOUTH, "Rodenhausen", "rodenhausen", "35329", "50.75830", "9.07340"),
    (SOUTH, "Oberweiden", "oberweiden", "35329", "50.77020", "9.10260"),
]

# (slug, German name, English name); the slug is the same in both languages.
TOPICS = [
    ("vorstandsarbeit", "Vorstandsarbeit", "Board work"),
    ("finanzen-steuern", "Finanzen und Steuern", "Finance and tax"),
    ("recht", "Recht", "Law"),
    ("versicherungen", "Versicherungen", "Insurance"),
    ("datenschutz", "Datenschutz", "Data protection"),
    ("foerdermittel", "Fördermittel", "Funding"),
    ("oeffentlichkeitsarbeit", "Öffentlichkeitsarbeit", "Public relations"),
    ("digitale-werkzeuge", "Digitale Werkzeuge", "Digital tools"),
    ("mitgliedergewinnung", "Mitgliedergewinnung", "Recruiting members"),
]

CATEGORIES = [
    ("sport", "Sport", "Sport"),
    ("kultur", "Kultur", "Culture"),
    ("feuerwehr", "Feuerwehr", "Fire brigade"),
    ("soziales", "Soziales", "Social"),
    ("umwelt", "Umwelt und Natur", "Environment"),
    ("jugend", "Kinder und Jugend", "Youth"),
    ("senioren", "Seniorinnen und Senioren", "Seniors"),
    ("kirche", "Kirche", "Church"),
    ("bildung", "Bildung", "Education"),
]
