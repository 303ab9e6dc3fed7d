"""Demo texts of the foundation: home page, about, contact and the legal pages, in German and
English. Written for this project; the legal texts are realistic placeholders that an office
must replace with its own details before going live."""

from .blocks import (
    call_to_action,
    contact_points,
    faq,
    heading,
    latest_news,
    link,
    newest_opportunities,
    quote,
    table,
    teaser_cards,
    text,
    upcoming_events,
    urgent_shifts,
    village_entry,
)

PLACEHOLDER_DE = (
    "<p><b>Hinweis:</b> Dies ist ein Mustertext der Demo-Installation. Bitte ersetzen Sie alle "
    "Angaben in eckigen Klammern durch die Daten Ihrer Behörde, bevor das Portal online geht.</p>"
)
PLACEHOLDER_EN = (
    "<p><b>Note:</b> This is a sample text of the demo installation. Replace every detail in "
    "square brackets with your office's data before the portal goes live.</p>"
)

SITE_NAME = "Engagiert im Land"

ORGANISATION = {
    "organisation_name": "Geschäftsstelle Engagiert im Land (Demo)",
    "street": "Musterstraße 1",
    "postcode": "12345",
    "city": "Musterhausen",
    "phone": "0123 456789-0",
    "email": "kontakt@example.org",
}

HOME = {
    "de": {
        "title": "Startseite",
        "hero_heading": "Helfen, wo Sie zu Hause sind",
        "hero_text": (
            "Ob einmal beim Dorffest oder jede Woche beim Training: Hier finden Sie Vereine und "
            "Initiativen in Ihrer Nähe, die sich über Unterstützung freuen – und Vereine finden "
            "Beratung, Fortbildung und Förderung."
        ),
        "body": [
            village_entry(
                "Was ist los in Ihrem Ort?",
                "Geben Sie Ihren Ort oder Ihre Postleitzahl ein und sehen Sie, wo gerade Hilfe "
                "gebraucht wird.",
            ),
            newest_opportunities("Neue Engagement-Angebote"),
            urgent_shifts("Wo fehlt noch jemand?"),
            upcoming_events("Nächste Veranstaltungen und Kurse"),
            teaser_cards(
                "So geht es los",
                [
                    (
                        "Über das Portal",
                        "Wer hinter dem Portal steht und was es Ihnen bietet.",
                        link(page_slug="ueber-das-portal"),
                    ),
                    (
                        "Kontakt und Sprechzeiten",
                        "Persönliche Beratung in der Geschäftsstelle und vor Ort.",
                        link(page_slug="kontakt"),
                    ),
                    (
                        "Leichte Sprache",
                        "Das Wichtigste über dieses Portal in einfachen Sätzen.",
                        link(page_slug="leichte-sprache"),
                    ),
                ],
            ),
            quote(
                "Ich wollte nur beim Kuchenverkauf aushelfen. Heute organisiere ich den "
                "Lesenachmittag im Dorfgemeinschaftshaus.",
                "Ehrenamtliche aus Musterhausen",
            ),
            call_to_action(
                "Ihr Verein sucht Unterstützung?",
                "Wir beraten Vorstände zu Fragen rund um Vereinsarbeit, Recht, Finanzen und "
                "Fördermittel – kostenlos und vertraulich.",
                link(page_slug="kontakt", label="Beratung anfragen"),
            ),
            latest_news("Neuigkeiten"),
            contact_points("Anlaufstellen in Ihrer Nähe"),
        ],
    },
    "en": {
        "title": "Home",
        "hero_heading": "Help where you live",
        "hero_text": (
            "Once at the village fair or every week at training: find clubs and initiatives "
            "near you that welcome a helping hand – and clubs find advice, training and funding."
        ),
        "body": [
            village_entry(
                "What is happening in your village?",
                "Enter your village or postcode to see where help is needed right now.",
            ),
            newest_opportunities("New volunteering opportunities"),
            urgent_shifts("Where is help still needed?"),
            upcoming_events("Next events and courses"),
            teaser_cards(
                "Getting started",
                [
                    (
                        "About the portal",
                        "Who runs the portal and what it offers you.",
                        link(page_slug="ueber-das-portal"),
                    ),
                    (
                        "Contact and office hours",
                        "Personal advice at our office and in the villages.",
                        link(page_slug="kontakt"),
                    ),
                    (
                        "Easy-to-read German",
                        "The most important facts about this portal in simple German.",
                        link(page_slug="leichte-sprache"),
                    ),
                ],
            ),
            quote(
                "I only meant to help at the cake sale. Today I run the reading afternoon in the "
                "village hall.",
                "Volunteer from Musterhausen",
            ),
            call_to_action(
                "Your club needs support?",
                "We advise boards on club work, law, finance and funding – free of charge and "
                "in confidence.",
                link(page_slug="kontakt", label="Ask for advice"),
            ),
            latest_news("News"),
            contact_points("Contact points near you"),
        ],
    },
}

PAGES = [
    {
        "slug": "ueber-das-portal",
        "show_in_menus": True,
        "de": {
            "title": "Über das Portal",
            "intro": (
                "Engagiert im Land bringt Menschen, die helfen möchten, mit Vereinen, Initiativen "
                "und Gemeinden zusammen – und unterstützt Ehrenamtliche bei ihrer Arbeit."
            ),
            "body": [
                heading("Wofür es das Portal gibt"),
                text(
                    "<p>Auf dem Land hält das Ehrenamt vieles zusammen: die Feuerwehr, den "
                    "Sportverein, die Nachbarschaftshilfe, den Dorfladen. Viele Menschen würden "
                    "gern mithelfen, wissen aber nicht, wo – oder möchten sich nicht gleich für "
                    "Jahre verpflichten. Vereine wiederum suchen Hilfe für einzelne Aufgaben und "
                    "brauchen Rat bei Satzung, Steuern oder Fördermitteln.</p>"
                    "<p>Dieses Portal verbindet beides. Es wird von der Ehrenamtskoordination "
                    "betrieben und ist für alle kostenlos.</p>"
                ),
                heading("Was Sie hier finden"),
                text(
                    "<ul><li>Engagement-Angebote in Ihrem Ort, auch für einmalige Einsätze</li>"
                    "<li>Vereine, Initiativen und Kompetenznetzwerke in der Region</li>"
                    "<li>Fortbildungen, Stammtische und Workshops für Ehrenamtliche</li>"
                    "<li>Anlaufstellen mit Sprechzeiten in den Dörfern</li>"
                    "<li>Wissen und Vorlagen für die Vereinsarbeit</li></ul>"
                ),
                faq(
                    "Häufige Fragen",
                    [
                        (
                            "Brauche ich ein Benutzerkonto?",
                            "<p>Nein. Um Angebote zu finden, sich für einen Kurs anzumelden "
                            "oder einem Verein zu schreiben, brauchen Sie kein Konto. Ein Konto "
                            "benötigen nur Vereinsvertretungen, die ihr Profil pflegen oder "
                            "Anträge stellen.</p>",
                        ),
                        (
                            "Kostet die Nutzung etwas?",
                            "<p>Nein. Das Portal und die Beratung sind kostenlos.</p>",
                        ),
                        (
                            "Wie kommt unser Verein ins Portal?",
                            "<p>Schreiben Sie uns oder kommen Sie in eine Sprechstunde. Wir "
                            "legen das Vereinsprofil an und geben Ihrer Vereinsvertretung "
                            "einen Zugang.</p>",
                        ),
                    ],
                ),
                call_to_action(
                    "Fragen zum Portal?",
                    "Die Geschäftsstelle hilft Ihnen gern weiter.",
                    link(page_slug="kontakt", label="Zum Kontakt"),
                ),
            ],
        },
        "en": {
            "title": "About the portal",
            "intro": (
                "Engagiert im Land brings people who want to help together with clubs, "
                "initiatives and municipalities – and supports volunteers in their work."
            ),
            "body": [
                heading("Why this portal exists"),
                text(
                    "<p>In the countryside, volunteers hold a lot together: the fire brigade, the "
                    "sports club, neighbourly help, the village shop. Many people would like to "
                    "help but do not know where – or do not want to commit for years. Clubs look "
                    "for help with single tasks and need advice on statutes, tax or funding.</p>"
                    "<p>This portal connects both. It is run by the volunteering office and free "
                    "for everybody.</p>"
                ),
                heading("What you find here"),
                text(
                    "<ul><li>Ways to help in your village, including one-off tasks</li>"
                    "<li>Clubs, initiatives and competence networks in the region</li>"
                    "<li>Courses, regulars' meetings and workshops for volunteers</li>"
                    "<li>Contact points with office hours in the villages</li>"
                    "<li>Knowledge and templates for club work</li></ul>"
                ),
                faq(
                    "Frequently asked questions",
                    [
                        (
                            "Do I need an account?",
                            "<p>No. You can find opportunities, register for a course or "
                            "write to a club without an account. Only club representatives who "
                            "keep their profile or send requests need one.</p>",
                        ),
                        (
                            "Does it cost anything?",
                            "<p>No. The portal and the advice are free of charge.</p>",
                        ),
                        (
                            "How does our club get into the portal?",
                            "<p>Write to us or come to an office hour. We create the club "
                            "profile and give your club's representative an account.</p>",
                        ),
                    ],
                ),
                call_to_action(
                    "Questions about the portal?",
                    "Our office is happy to help.",
                    link(page_slug="kontakt", label="Contact us"),
                ),
            ],
        },
    },
    {
        "slug": "kontakt",
        "show_in_menus": True,
        "de": {
            "title": "Kontakt",
            "intro": "So erreichen Sie die Geschäftsstelle – telefonisch, per E-Mail oder vor Ort.",
            "body": [
                heading("Geschäftsstelle"),
                text(
                    "<p>Geschäftsstelle Engagiert im Land<br>Musterstraße 1<br>12345 Musterhausen"
                    "</p><p>Telefon: 0123 456789-0<br>E-Mail: "
                    '<a href="mailto:kontakt@example.org">kontakt@example.org</a></p>'
                ),
                table(
                    "Sprechzeiten der Geschäftsstelle",
                    ["Tag", "Uhrzeit"],
                    [
                        ("Dienstag", "9:00 bis 12:00 Uhr"),
                        ("Donnerstag", "14:00 bis 18:00 Uhr"),
                    ],
                ),
                text(
                    "<p>Außerhalb der Sprechzeiten vereinbaren wir gern einen Termin mit Ihnen, "
                    "auch bei Ihnen vor Ort oder per Video.</p>"
                ),
            ],
        },
        "en": {
            "title": "Contact",
            "intro": "How to reach our office – by phone, by email or in person.",
            "body": [
                heading("Office"),
                text(
                    "<p>Geschäftsstelle Engagiert im Land<br>Musterstraße 1<br>12345 Musterhausen"
                    "</p><p>Phone: +49 123 456789-0<br>Email: "
                    '<a href="mailto:kontakt@example.org">kontakt@example.org</a></p>'
                ),
                table(
                    "Office hours",
                    ["Day", "Time"],
                    [("Tuesday", "9 am to 12 noon"), ("Thursday", "2 pm to 6 pm")],
                ),
                text(
                    "<p>Outside office hours we are happy to arrange an appointment, also at "
                    "your place or by video.</p>"
                ),
            ],
        },
    },
    {
        "slug": "impressum",
        "de": {
            "title": "Impressum",
            "intro": "Angaben nach § 5 Digitale-Dienste-Gesetz und § 18 Medienstaatsvertrag.",
            "body": [
                text(PLACEHOLDER_DE),
                heading("Herausgeber"),
                text(
                    "<p>[Name der Behörde, z. B. Amt Musterland]<br>Der Amtsvorsteher / Die "
                    "Amtsvorsteherin<br>Musterstraße 1<br>12345 Musterhausen</p>"
                    "<p>Telefon: 0123 456789-0<br>E-Mail: kontakt@example.org</p>"
                ),
                heading("Vertretungsberechtigt"),
                text("<p>[Name der leitenden Verwaltungsbeamtin oder des -beamten]</p>"),
                heading("Aufsichtsbehörde"),
                text("<p>[Zuständige Kommunalaufsicht, z. B. Landrätin des Kreises]</p>"),
                heading("Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV"),
                text("<p>[Name], Geschäftsstelle Engagiert im Land, Anschrift wie oben</p>"),
                heading("Inhalte von Vereinen"),
                text(
                    "<p>Vereinsprofile und Engagement-Angebote pflegen die Vereine selbst. Wir "
                    "prüfen Änderungen vor der Veröffentlichung, sind für die Angaben der Vereine "
                    "aber nicht verantwortlich. Hinweise auf fehlerhafte Inhalte nehmen wir gern "
                    "entgegen.</p>"
                ),
                heading("Links auf andere Websites"),
                text(
                    "<p>Für Inhalte externer Websites, auf die wir verweisen, sind deren Betreiber "
                    "verantwortlich. Rechtswidrige Inhalte waren beim Setzen der Links nicht "
                    "erkennbar; werden sie uns bekannt, entfernen wir den Link.</p>"
                ),
            ],
        },
        "en": {
            "title": "Legal notice",
            "intro": "Information pursuant to German law (§ 5 DDG, § 18 MStV).",
            "body": [
                text(PLACEHOLDER_EN),
                heading("Publisher"),
                text(
                    "<p>[Name of the authority, e.g. Amt Musterland]<br>Musterstraße 1<br>12345 "
                    "Musterhausen, Germany</p><p>Phone: +49 123 456789-0<br>Email: "
                    "kontakt@example.org</p>"
                ),
                heading("Represented by"),
                text("<p>[Name of the head of administration]</p>"),
                heading("Responsible for the content"),
                text("<p>[Name], Geschäftsstelle Engagiert im Land, address as above</p>"),
                heading("Content by clubs"),
                text(
                    "<p>Clubs keep their profiles and opportunities themselves. We check changes "
                    "before they are published but are not responsible for the clubs' "
                    "statements.</p>"
                ),
            ],
        },
    },
    {
        "slug": "datenschutz",
        "de": {
            "title": "Datenschutzerklärung",
            "intro": (
                "Wir gehen sorgsam mit Ihren Daten um: Wir erheben nur, was wir brauchen, geben "
                "nichts an Werbe- oder Analysedienste weiter und löschen Daten nach festen Fristen."
            ),
            "body": [
                text(PLACEHOLDER_DE),
                heading("Verantwortliche Stelle"),
                text(
                    "<p>[Name der Behörde], Musterstraße 1, 12345 Musterhausen, "
                    "E-Mail: kontakt@example.org</p>"
                ),
                heading("Datenschutzbeauftragte Person"),
                text("<p>[Name oder Funktion], E-Mail: datenschutz@example.org</p>"),
                heading("Beim Besuch der Website"),
                text(
                    "<p>Der Server speichert für höchstens 7 Tage technische Zugriffsdaten "
                    "(gekürzte IP-Adresse, Zeitpunkt, aufgerufene Seite), um Angriffe erkennen "
                    "zu können. Wir setzen keine Analyse- oder Werbewerkzeuge ein und laden "
                    "keine Schriften, Skripte oder Bilder von fremden Servern.</p>"
                    "<p>Cookies verwenden wir nur, soweit sie technisch nötig sind: ein Cookie, "
                    "das Formulare vor Missbrauch schützt, und – nur wenn Sie sich anmelden – "
                    "ein Sitzungs-Cookie.</p>"
                ),
                heading("Wenn Sie uns oder einem Verein schreiben"),
                text(
                    "<p>Wenn Sie ein Formular nutzen (zum Beispiel „Ich möchte helfen“ oder eine "
                    "Kursanmeldung), verarbeiten wir Ihre Angaben, um Ihr Anliegen zu bearbeiten. "
                    "Ihre Nachricht an einen Verein erhält nur dieser Verein und die zuständige "
                    "Koordination. Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a "
                    "DSGVO) oder die Erfüllung unserer öffentlichen Aufgabe der "
                    "Engagementförderung (Art. 6 Abs. 1 lit. e DSGVO).</p>"
                ),
                heading("Anträge von Vereinen"),
                text(
                    "<p>Förder-, Beratungs- und Hilfeanfragen sehen nur die antragstellende "
                    "Organisation und die zuständigen Mitarbeitenden. Entscheidungen und Beträge "
                    "bewahren wir nach den haushaltsrechtlichen Fristen auf.</p>"
                ),
                heading("Wie lange wir Daten speichern"),
                table(
                    "Speicherfristen",
                    ["Daten", "Löschung"],
                    [
                        ("Nachrichten „Ich möchte helfen“", "12 Monate nach Eingang"),
                        ("Kursanmeldungen", "6 Monate nach dem Kurs"),
                        ("Persönliche Daten abgeschlossener Anträge", "[Frist] nach Abschluss"),
                    ],
                ),
                heading("Ihre Rechte"),
                text(
                    "<p>Sie können Auskunft über Ihre gespeicherten Daten verlangen, sie "
                    "berichtigen, löschen oder ihre Verarbeitung einschränken lassen und einer "
                    "Verarbeitung widersprechen (Art. 15 bis 21 DSGVO). Eine Einwilligung können "
                    "Sie jederzeit für die Zukunft widerrufen. Schreiben Sie dazu an die "
                    "verantwortliche Stelle.</p><p>Sie haben außerdem das Recht, sich bei der "
                    "Datenschutz-Aufsichtsbehörde Ihres Bundeslandes zu beschweren.</p>"
                ),
            ],
        },
        "en": {
            "title": "Privacy policy",
            "intro": (
                "We handle your data with care: we only collect what we need, share nothing with "
                "advertising or analytics services and delete data after fixed periods."
            ),
            "body": [
                text(PLACEHOLDER_EN),
                heading("Controller"),
                text(
                    "<p>[Name of the authority], Musterstraße 1, 12345 Musterhausen, Germany, "
                    "email: kontakt@example.org</p>"
                ),
                heading("When you visit the website"),
                text(
                    "<p>The server keeps technical access data (shortened IP address, time, page) "
                    "for at most 7 days to detect attacks. We use no analytics or advertising "
                    "tools and load no fonts, scripts or images from other servers. We only use "
                    "technically necessary cookies.</p>"
                ),
                heading("When you write to us or to a club"),
                text(
                    "<p>When you use a form, we process your details to handle your request. "
                    "Only the club you write to and the responsible coordinator receive your "
                    "message. The legal basis is your consent (Art. 6(1)(a) GDPR) or our public "
                    "task of supporting volunteering (Art. 6(1)(e) GDPR).</p>"
                ),
                heading("Your rights"),
                text(
                    "<p>You may ask for access to, correction or deletion of your data, restrict "
                    "or object to its processing (Art. 15 to 21 GDPR) and withdraw a consent at "
                    "any time. You may also complain to the data protection authority of your "
                    "federal state.</p>"
                ),
            ],
        },
    },
    {
        "slug": "barrierefreiheit",
        "de": {
            "title": "Erklärung zur Barrierefreiheit",
            "intro": (
                "Wir möchten, dass alle Menschen dieses Portal nutzen können. Diese Erklärung "
                "beschreibt, wie weit uns das gelingt."
            ),
            "body": [
                text(PLACEHOLDER_DE),
                heading("Stand der Vereinbarkeit mit den Anforderungen"),
                text(
                    "<p>Diese Website ist mit der Barrierefreie-Informationstechnik-Verordnung "
                    "(BITV 2.0) und der harmonisierten Norm EN 301 549 (WCAG 2.1, Stufe AA) "
                    "<b>teilweise vereinbar</b>. Die unten genannten Inhalte sind nicht "
                    "vollständig barrierefrei.</p>"
                ),
                heading("Nicht barrierefreie Inhalte"),
                text(
                    "<ul><li>Einige PDF-Dokumente, die Vereine hochladen, sind nicht barrierefrei "
                    "gestaltet. Auf Nachfrage senden wir Ihnen die Inhalte in einer "
                    "zugänglichen Form.</li><li>Nicht alle Seiten gibt es in Leichter Sprache "
                    "oder in Gebärdensprache.</li></ul>"
                ),
                heading("Erstellung dieser Erklärung"),
                text(
                    "<p>Diese Erklärung wurde am [Datum] erstellt. Grundlage ist eine "
                    "Selbstbewertung mit automatischen Prüfungen aller Seitentypen und manuellen "
                    "Tests mit Tastatur und Screenreader.</p>"
                ),
                heading("Feedback und Kontakt"),
                text(
                    "<p>Sind Ihnen Barrieren aufgefallen? Dann schreiben Sie uns bitte an "
                    '<a href="mailto:barrierefreiheit@example.org">barrierefreiheit@example.org'
                    "</a> oder rufen Sie uns an: 0123 456789-0. Wir antworten innerhalb von "
                    "zwei Wochen.</p>"
                ),
                heading("Durchsetzungsverfahren"),
                text(
                    "<p>Wenn wir nicht zufriedenstellend antworten, können Sie sich an die "
                    "Schlichtungsstelle bzw. Beschwerdestelle für Barrierefreiheit Ihres "
                    "Bundeslandes wenden: [Name und Kontakt der zuständigen Stelle].</p>"
                ),
            ],
        },
        "en": {
            "title": "Accessibility statement",
            "intro": (
                "We want everybody to be able to use this portal. This statement describes how "
                "far we have come."
            ),
            "body": [
                text(PLACEHOLDER_EN),
                heading("Compliance status"),
                text(
                    "<p>This website is <b>partially compliant</b> with the German accessibility "
                    "regulation BITV 2.0 and the harmonised standard EN 301 549 (WCAG 2.1, "
                    "level AA) because of the content listed below.</p>"
                ),
                heading("Non-accessible content"),
                text(
                    "<ul><li>Some PDF documents uploaded by clubs are not accessible. On request "
                    "we send you the content in an accessible form.</li><li>Not every page is "
                    "available in easy-to-read German or in sign language.</li></ul>"
                ),
                heading("Feedback and contact"),
                text(
                    "<p>Have you found a barrier? Please write to "
                    '<a href="mailto:barrierefreiheit@example.org">barrierefreiheit@example.org'
                    "</a> or call +49 123 456789-0. We answer within two weeks.</p>"
                ),
                heading("Enforcement procedure"),
                text(
                    "<p>If our answer does not satisfy you, you can turn to the conciliation "
                    "body for accessibility of your federal state: [name and contact].</p>"
                ),
            ],
        },
    },
    {
        "slug": "leichte-sprache",
        "de": {
            "title": "Leichte Sprache",
            "intro": "Hier erklären wir diese Internet-Seite in Leichter Sprache.",
            "body": [
                heading("Was ist das für eine Internet-Seite?"),
                text(
                    "<p>Diese Internet-Seite ist für Menschen, die helfen wollen.</p>"
                    "<p>Sie helfen anderen Menschen.<br>Zum Beispiel im Sport-Verein.<br>"
                    "Oder bei der Feuerwehr.<br>Dafür bekommen Sie kein Geld.<br>"
                    "Das nennt man: Ehrenamt.</p>"
                ),
                heading("Was finden Sie hier?"),
                text(
                    "<ul><li>Vereine in Ihrem Dorf.</li>"
                    "<li>Aufgaben, bei denen Sie helfen können.</li>"
                    "<li>Kurse. Dort lernen Sie etwas Neues.</li>"
                    "<li>Menschen, die Sie beraten.</li></ul>"
                ),
                heading("Müssen Sie etwas bezahlen?"),
                text("<p>Nein.<br>Alles auf dieser Seite ist kostenlos.</p>"),
                heading("Wer hilft Ihnen?"),
                text(
                    "<p>Sie haben Fragen?<br>Dann rufen Sie uns an.<br>"
                    "Unsere Telefon-Nummer ist: 0123 456789-0.</p>"
                    "<p>Oder schreiben Sie uns eine E-Mail.<br>"
                    "Die E-Mail-Adresse ist: kontakt@example.org</p>"
                ),
            ],
        },
        "en": {
            "title": "Easy to read",
            "intro": "This page explains the website in easy words.",
            "body": [
                heading("What is this website?"),
                text(
                    "<p>This website is for people who want to help.</p>"
                    "<p>You help other people.<br>For example in a sports club.<br>"
                    "Or in the fire brigade.<br>You do not get money for it.<br>"
                    "This is called: volunteering.</p>"
                ),
                heading("Who helps you?"),
                text(
                    "<p>Do you have questions?<br>Then call us.<br>"
                    "Our phone number is: +49 123 456789-0.</p>"
                ),
            ],
        },
    },
]

# Which pages the footer links to (PortalSettings field → slug).
FOOTER_PAGES = {
    "imprint_page": "impressum",
    "privacy_page": "datenschutz",
    "accessibility_page": "barrierefreiheit",
    "easy_language_page": "leichte-sprache",
    "contact_page": "kontakt",
}
