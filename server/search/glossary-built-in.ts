/**
 * The built-in glossary of German e-government (format: server/search/glossary.ts): abbreviations with
 * their long forms, and the synonyms that workshops use for one thing. Kept as a module rather than a
 * file beside it so that the server build carries it. An event adds its own words in its glossary file.
 */
export const BUILT_IN_GLOSSARY = `
# Gesetze und Programme
OZG = Onlinezugangsgesetz = Online-Zugangsgesetz = Gesetz zur Verbesserung des Onlinezugangs zu Verwaltungsleistungen
EGovG = E-Government-Gesetz
ThürEGovG = Thüringer E-Government-Gesetz
DSGVO = DS-GVO = Datenschutz-Grundverordnung
BDSG = Bundesdatenschutzgesetz
SDG = Single Digital Gateway
eIDAS = eIDAS-Verordnung
BITV = Barrierefreie-Informationstechnik-Verordnung
VwVfG = Verwaltungsverfahrensgesetz

# Dienste und Komponenten
eID = Online-Ausweisfunktion = Onlineausweis = elektronischer Identitätsnachweis = elektronischer Personalausweis
nPA = neuer Personalausweis
ePayBL = e-PayBL = E-Payment Bund-Länder
Bezahlfunktion = Bezahlkomponente = Bezahlplattform = Online-Bezahlung = E-Payment
ELFE = Einfach Leistungen für Eltern
E-Akte = eAkte = elektronische Akte
DMS = Dokumentenmanagementsystem = Dokumentenmanagement
VBS = Virtuelle Poststelle
EGVP = Elektronisches Gerichts- und Verwaltungspostfach
De-Mail = DeMail
XÖV = XÖV-Standard
FIM = Föderales Informationsmanagement
LeiKa = Leistungskatalog
PVOG = Portalverbund Online-Gateway
Portalverbund = Verbund der Verwaltungsportale
E-Rechnung = elektronische Rechnung = XRechnung

# Einrichtungen
KIV = Kommunale Informationsverarbeitung
TLRZ = Thüringer Landesrechenzentrum = Landesrechenzentrum
LDN = Landesdatennetz
IT-PLR = IT-Planungsrat
BSI = Bundesamt für Sicherheit in der Informationstechnik
FITKO = Föderale IT-Kooperation
KGSt = Kommunale Gemeinschaftsstelle für Verwaltungsmanagement
RZ = Rechenzentrum

# Technik
KI = künstliche Intelligenz
IoT = Internet der Dinge
OSS = Open Source = quelloffene Software
ISMS = Informationssicherheitsmanagement
IT-Sicherheit = Informationssicherheit = Cybersicherheit
WLAN = WiFi = Wi-Fi = drahtloses Netz

# Synonyme der Werkstatt
Personalmangel = Fachkräftemangel = fehlende Fachkräfte = fehlendes Personal = Personalengpass = unbesetzte Stellen
Fördermittel = Förderung = Zuschüsse = Zuschuss = Förderprogramm = Fördergeld = Finanzhilfe
Schulung = Fortbildung = Weiterbildung = Qualifizierung = Lehrgang
Formular = Vordruck
Bescheid = Verwaltungsakt
Login = Anmeldung
`;
