# Warum eine E-Mail-Adresse nicht eingeladen werden kann (Regeln von Microsoft Graph).

address-empty = die E-Mail-Adresse ist leer
address-too-long = die E-Mail-Adresse ist länger als { $max } Zeichen
address-missing-at = in der E-Mail-Adresse fehlt das „@“ zwischen Name und Domäne
address-multiple-at = die E-Mail-Adresse enthält mehr als ein „@“
address-empty-local-part = in der E-Mail-Adresse steht nichts vor dem „@“
address-local-part-too-long = der Teil vor dem „@“ ist länger als { $max } Zeichen
address-whitespace = die E-Mail-Adresse enthält ein Leerzeichen oder ein unsichtbares Zeichen
address-forbidden-character = die E-Mail-Adresse enthält „{ $character }“, das Microsoft Entra in Einladungen nicht akzeptiert
address-edge-dot-or-hyphen = der Teil vor dem „@“ darf nicht mit „.“ oder „-“ beginnen oder enden
address-consecutive-dots = die E-Mail-Adresse enthält zwei Punkte hintereinander
address-invalid-domain = „{ $domain }“ ist kein gültiger Domänenname (erwartet wird etwa contoso.com)
