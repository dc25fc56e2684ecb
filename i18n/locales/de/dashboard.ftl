# Das Dashboard (Administratoren): aktuelle Zahlen, der Stand im Hintergrund und seine Diagramme.

dashboard-title = Dashboard
dashboard-refresh-notice = Neue Zahlen sind unterwegs: Der Hintergrunddienst liest jetzt das Verzeichnis. Laden Sie diese Seite in einer Minute neu.
dashboard-refresh-button = Zahlen jetzt aktualisieren
dashboard-no-figures = Es gibt noch keine Zahlen: Der Hintergrunddienst berechnet sie kurz nach dem Start von Guestlist und danach regelmäßig. Fordern Sie sie jetzt mit der Schaltfläche unten an.

## Live von Graph gezählt.

dashboard-live-heading = Gerade jetzt
dashboard-live-help = Von Microsoft Graph für diese Seite gezählt.
dashboard-live-problem = Microsoft Graph konnte gerade nicht zählen: { $problem }
dashboard-live-pending = Offene Einladungen
dashboard-live-pending-help = Eingeladene Personen, die noch nicht angenommen haben (externalUserState PendingAcceptance).
dashboard-live-guests = Konten mit dem Benutzertyp Gast
dashboard-live-guests-help = Der Benutzertyp sagt, was jemand im Verzeichnis sehen darf, nicht wie sich die Person anmeldet: Externe Mitglieder sind nicht darunter.

## Der Stand im Hintergrund.

dashboard-snapshot-heading = Alle externen Benutzer
dashboard-snapshot-help = Alle externen Benutzer zu lesen dauert eine Weile, deshalb werden diese Zahlen im Hintergrund berechnet und sind womöglich nicht ganz aktuell.
# { $elapsed } steht nach „vor“ (Dativ: „vor 3 Tagen“).
dashboard-age = Stand: vor { $elapsed } ({ $date }, { $time } UTC).
dashboard-refresh-asked-by = Neue Zahlen wurden vor { $elapsed } von { $name } angefordert; sie erscheinen hier, sobald der Hintergrunddienst das Verzeichnis gelesen hat.
dashboard-refresh-asked = Neue Zahlen wurden vor { $elapsed } angefordert; sie erscheinen hier, sobald der Hintergrunddienst das Verzeichnis gelesen hat.
dashboard-last-error = Der letzte Versuch, neue Zahlen zu berechnen, ist fehlgeschlagen: { $problem }
dashboard-total = Externe Benutzer
dashboard-total-help = Gäste und externe Mitglieder: eingeladen, mit #EXT# im Benutzernamen oder mit dem Konto einer anderen Organisation oder einem persönlichen Konto angemeldet.
dashboard-pending-long = Seit mehr als { $days } Tagen offen
dashboard-pending-long-help = Einladungen, die { $days } Tage nach dem Versand noch nicht angenommen sind: Senden Sie sie erneut oder entfernen Sie die Gäste.
dashboard-without-sponsor = Ohne Sponsor
dashboard-without-sponsor-help = { $count ->
    [one] { $count } externer Benutzer, für den niemand in Ihrer Organisation verantwortlich ist. Fügen Sie einen Sponsor hinzu oder prüfen Sie, ob der Zugriff noch benötigt wird.
   *[other] { $count } externe Benutzer, für die niemand in Ihrer Organisation verantwortlich ist. Fügen Sie einen Sponsor hinzu oder prüfen Sie, ob sie noch Zugriff benötigen.
}
dashboard-deleted = { $link } – externe Benutzer, die in den letzten 30 Tagen gelöscht wurden, zum Wiederherstellen oder endgültigen Löschen.
dashboard-deleted-link = Kürzlich gelöschte Gäste

## Wie lange her, nach „vor“ (Dativ).

dashboard-elapsed-moment = weniger als einer Minute
dashboard-elapsed-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
dashboard-elapsed-hours = { $count ->
    [one] { $count } Stunde
   *[other] { $count } Stunden
}
dashboard-elapsed-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tagen
}

## Die Diagramme.

dashboard-chart-empty = Noch nichts anzuzeigen.
dashboard-chart-as-table = Die Zahlen von „{ $title }“ als Tabelle
dashboard-chart-count = Anzahl
dashboard-chart-status-title = Externe Benutzer nach Status
dashboard-chart-status-description = Wie viele der { $total } externen Benutzer offen, aktiv, inaktiv, nie angemeldet, deaktiviert oder unbekannt sind.
dashboard-chart-status-description-no-sign-ins = Wie viele der { $total } externen Benutzer in jedem Status sind. Graph hat keine Anmeldedaten geliefert (dafür sind Entra ID P1 und AuditLog.Read.All nötig), daher sind Gäste, die angenommen haben, unbekannt.
dashboard-chart-status-heading = Status
dashboard-chart-provider-title = Externe Benutzer nach Identitätsanbieter
dashboard-chart-provider-description = Das Konto, mit dem sich jeder externe Benutzer anmeldet (Identitäten in Graph). Wer zwei hat, zählt bei beiden.
dashboard-chart-provider-heading = Meldet sich an mit
dashboard-chart-provider-none = Keiner (nicht angenommen)
dashboard-chart-domain-title = Die { $count } häufigsten E-Mail-Domänen
dashboard-chart-domain-description = Die { $count } Domänen der E-Mail-Adressen externer Benutzer mit den meisten Personen, dann der Rest zusammen.
dashboard-chart-domain-heading = Domäne
dashboard-chart-domain-other = Alle anderen Domänen
dashboard-chart-domain-none = Keine E-Mail-Adresse
dashboard-chart-weeks-title = Einladungen pro Woche, letzte { $count } Wochen
dashboard-chart-weeks-description = Per Einladung erstellte Benutzer je Woche, Montag bis Sonntag (UTC), gezählt ab der Erstellung ihres Kontos durch Entra (createdDateTime), unabhängig davon, wer sie eingeladen hat.
dashboard-chart-weeks-heading = Woche ab
dashboard-chart-inactive-title = Letzte Anmeldung lange her
dashboard-chart-inactive-description = Externe Benutzer, deren letzte Anmeldung (interaktiv, nicht interaktiv oder erfolgreich) mehr als 30, 90, 180 oder 365 Tage zurückliegt; wer ein Jahr weg ist, zählt in allen vier. Personen, die sich nie angemeldet haben, werden hier nicht gezählt.
dashboard-chart-inactive-description-no-sign-ins = Graph hat keine Anmeldedaten geliefert (dafür sind Entra ID P1 und AuditLog.Read.All nötig), daher kann niemand als inaktiv gezählt werden.
dashboard-chart-inactive-heading = Letzte Anmeldung
dashboard-chart-inactive-bar = { $days ->
    [one] Vor mehr als { $days } Tag
   *[other] Vor mehr als { $days } Tagen
}
