# Die Gästeliste: Status, Filter, Liste, CSV-Export und Aktionen für eine Auswahl.

## Der Status eines Gasts.

guests-status-pending-since = Ausstehend seit { $date }
guests-status-pending = Ausstehend
guests-status-active = Aktiv
guests-status-inactive = { $days ->
    [one] Seit { $days } Tag inaktiv
   *[other] Seit { $days } Tagen inaktiv
}
guests-status-never = Nie angemeldet
guests-status-disabled = Deaktiviert
guests-status-unknown = Unbekannt – Anmeldedaten erfordern Entra ID P1 und AuditLog.Read.All

## Die Werte des Filters.

guests-status-filter-pending = Ausstehend
guests-status-filter-active = Aktiv
guests-status-filter-inactive = Inaktiv
guests-status-filter-never = Nie angemeldet
guests-status-filter-disabled = Deaktiviert
guests-status-filter-unknown = Unbekannt
guests-type-guest = Gast
guests-type-member = Mitglied
guests-sort-name = Name
guests-sort-created = Erstellt
guests-sort-state-changed = Einladungsstatus geändert
guests-sort-last-sign-in = Letzte Anmeldung
guests-dir-asc = Aufsteigend
guests-dir-desc = Absteigend
guests-column-name = Name
guests-column-upn = Benutzername (UPN)
guests-column-mail = E-Mail
guests-column-type = Benutzertyp
guests-column-identities = Meldet sich an mit
guests-column-synced = Verzeichnissynchronisiert
guests-column-invitation = Einladungsstatus
guests-column-status = Status
guests-column-last-sign-in = Letzte Anmeldung
guests-column-created = Erstellt
guests-column-company = Firma
guests-column-sponsors = Sponsoren
guests-column-enabled = Konto aktiviert
guests-provider-entra = Andere Microsoft Entra-Organisation
guests-provider-microsoft = Microsoft-Konto
guests-provider-google = Google
guests-provider-facebook = Facebook
guests-provider-mail = Einmal-Passcode (E-Mail)

## Probleme mit dem Filter.

guests-filter-bad-status = „{ $value }“ ist kein Status. Wählen Sie einen von: { $choices }.
guests-filter-bad-type = „{ $value }“ ist kein Benutzertyp. Wählen Sie einen von: { $choices }.
guests-filter-bad-sort = „{ $value }“ ist keine Sortierung. Wählen Sie eine von: { $choices }.
guests-filter-bad-dir = „{ $value }“ ist keine Sortierrichtung. Wählen Sie eine von: { $choices }.
guests-filter-bad-column = „{ $value }“ ist keine Spalte. Wählen Sie eine von: { $choices }.
guests-field-synced = „Verzeichnissynchronisiert“
guests-field-created-from = „Erstellt ab“
guests-field-created-to = „Erstellt bis“
guests-field-inactive-days = „Letzte Anmeldung älter als“
guests-field-pending-days = „Ausstehend seit mehr als“
guests-field-no-sponsor = „Hat keinen Sponsor“
guests-field-enabled = „Konto aktiviert“
guests-filter-bad-yes-no = „{ $value }“ ist keine Antwort für { $field }: Wählen Sie Ja oder Nein.
guests-filter-bad-date = „{ $value }“ ist kein Datum für { $field }: Geben Sie es als Jahr-Monat-Tag ein, zum Beispiel 2026-03-31.
guests-filter-bad-days = „{ $value }“ ist keine Anzahl Tage für { $field }: Geben Sie eine ganze Zahl ein, etwa 30.
guests-filter-bad-domain = „{ $value }“ ist keine E-Mail-Domäne: Geben Sie den Teil nach dem @ ein, zum Beispiel fabrikam.com.
guests-filter-bad-sponsor = „{ $value }“ ist weder eine E-Mail-Adresse noch eine Objekt-ID: Geben Sie die E-Mail-Adresse des Sponsors ein (etwa ana@contoso.com), oder öffnen Sie ihn über die Seite eines Gasts.
guests-filter-bad-cursor = Dieser Seitenlink ist beschädigt oder veraltet. Beginnen Sie erneut auf der ersten Seite der Liste.
guests-filter-dates-swapped = „Erstellt ab“ ({ $from }) liegt nach „Erstellt bis“ ({ $to }): Tauschen Sie die beiden Daten.
guests-filter-sponsor-and-none = Wählen Sie entweder einen Sponsor oder „Hat keinen Sponsor“, nicht beides.
guests-filter-bad-address = Die Adresse der Liste ist ungültig ({ $problem }). Beginnen Sie erneut auf der Seite „Gäste“.

## Die Zellen der Liste (und des CSV-Exports).

guests-cell-yes = Ja
guests-cell-no = Nein
guests-cell-not-invited = Nicht eingeladen
guests-cell-accepted-on = Angenommen am { $date }
guests-cell-accepted = Angenommen
guests-cell-not-available = Nicht verfügbar
guests-cell-never = Nie
guests-cell-none = Keine

## Was Graph nicht filtern kann und auf jeder Seite geprüft wird.

guests-check-status = Status
guests-check-synced = Verzeichnissynchronisierung
guests-check-domain = E-Mail-Domäne
guests-check-provider = Identitätsanbieter
guests-check-pending-days = Ausstehend seit mehr als
guests-check-inactive-days = Letzte Anmeldung älter als
guests-check-sponsor = Sponsor
guests-check-search = Suche
guests-list-note-checked-on-each-page = Microsoft Graph kann nicht zusammen mit dem Rest dieser Ansicht nach { $checks } filtern, daher prüft Guestlist dies auf jeder Seite: Eine Seite kann weniger Personen zeigen, als sie gelesen hat.
guests-list-note-sorted-per-page = Microsoft Graph kann nicht nach dieser Spalte sortieren: Jede Seite wird für sich sortiert.
guests-list-note-no-sign-ins = Anmeldeaktivität ist nicht verfügbar (sie erfordert Microsoft Entra ID P1 und die Berechtigung AuditLog.Read.All), daher werden aktive und inaktive Gäste als „Unbekannt“ angezeigt – nie als inaktiv.
guests-list-bad-page = Diese Seite der Liste ist nicht mehr gültig. Beginnen Sie erneut auf der ersten Seite.
guests-list-sponsor-unknown = Niemand in Ihrem Verzeichnis hat die Adresse { $address }. Prüfen Sie sie, oder öffnen Sie den Sponsor über die Seite eines Gasts.
guests-list-sponsor-several = Mehrere Personen in Ihrem Verzeichnis haben die Adresse { $address }. Öffnen Sie den Sponsor stattdessen über die Seite eines Gasts.

## Aktionen für mehrere Gäste.

guests-bulk-resend = Einladung erneut senden
guests-bulk-disable = Anmeldung sperren
guests-bulk-enable = Anmeldung zulassen
guests-bulk-delete = Löschen
guests-bulk-add-sponsor = Sponsor hinzufügen
guests-selection-no-action = Wählen Sie, was mit den ausgewählten Gästen geschehen soll.
guests-selection-bad-action = „{ $value }“ kann Guestlist nicht mit mehreren Gästen tun. Wählen Sie resend, disable, enable, delete oder add_sponsor.
guests-selection-none-ticked = Markieren Sie zuerst mindestens einen Gast, oder wählen Sie alle Gäste, die dem Filter entsprechen.
guests-selection-bad-scope = „{ $value }“ ist keine Auswahl. Markieren Sie Gäste, oder wählen Sie alle Gäste, die dem Filter entsprechen.
guests-selection-bad-sponsor = Diesen Sponsor kann Guestlist nicht hinzufügen. Wählen Sie ihn erneut aus.
guests-preview-summary = { $change ->
    [0] Niemand wird geändert.
    [one] { $change } Gast wird geändert.
   *[other] { $change } Gäste werden geändert.
}
guests-preview-summary-skipped = { $change ->
    [0] Niemand wird geändert
    [one] { $change } Gast wird geändert
   *[other] { $change } Gäste werden geändert
}{ $skipped ->
    [one] ; { $skipped } wird übersprungen.
   *[other] ; { $skipped } werden übersprungen.
}
guests-preview-cap = Es passen mehr Gäste, als ein Durchlauf ändern darf (höchstens { $cap }). Dieser Durchlauf nimmt die ersten { $cap }; führen Sie dieselbe Auswahl danach erneut für den Rest aus.
guests-preview-not-yours = Diese Vorschau gehört jemand anderem: Nur die Person, die sie erstellt hat, kann sie sehen oder bestätigen. Erstellen Sie Ihre eigene auf der Seite „Gäste“.
guests-preview-unknown = Diese Vorschau gibt es nicht (mehr). Erstellen Sie eine neue auf der Seite „Gäste“.
guests-preview-confirmed-already = Diese Auswahl wurde bereits bestätigt: Auftrag { $job } führt sie aus. Die Ergebnisse stehen auf dieser Seite.
guests-preview-not-add-sponsor = Diese Auswahl fügt keinen Sponsor hinzu. Erstellen Sie eine neue auf der Seite „Gäste“.
guests-preview-choose-sponsor-first = Wählen Sie zuerst den hinzuzufügenden Sponsor: Suchen Sie ihn auf dieser Seite.
guests-preview-nobody-qualifies = Niemand in dieser Auswahl kommt noch infrage, daher wurde nichts gestartet. Die Vorschau nennt für jede Person den Grund.
guests-skip-never-invited = Nie eingeladen: Es gibt keine Einladung zum erneuten Senden.
guests-skip-accepted = Hat die Einladung bereits angenommen: Nur ausstehende Einladungen werden erneut gesendet. Setzen Sie stattdessen die Einlösung zurück, wenn die Person erneut annehmen muss.
guests-skip-blocked = Anmeldung bereits gesperrt.
guests-skip-allowed = Anmeldung bereits zugelassen.
guests-skip-sponsors-unreadable = Die Sponsoren konnten nicht gelesen werden, daher wird keiner hinzugefügt.
guests-skip-self = Kann nicht eigener Sponsor sein.
guests-skip-has-sponsor = Hat diesen Sponsor bereits.
guests-skip-sponsors-full = Hat bereits { $most } Sponsoren, die Höchstzahl in Microsoft Entra.
guests-skip-not-found = Kein Benutzer dieses Verzeichnisses (mehr).
guests-skip-changed-since = Seit der Vorschau geändert: { $why }
guests-row-unreadable = Zeile { $row } ist keine Gastaktion, die Guestlist lesen kann ({ $problem }).
guests-row-not-a-user = Kein Benutzer dieses Verzeichnisses.
guests-row-resent = Neuer Einladungslink für { $email }
guests-row-deleted-earlier = Gelöscht (durch einen früheren Versuch dieser Zeile).
guests-row-no-sponsor = Die Zeile nennt keinen Sponsor.
guests-row-sponsor-earlier = Hatte diesen Sponsor bereits (hinzugefügt durch einen früheren Versuch dieser Zeile).

## Die Seite „Gäste“.

guests-title = Gäste
guests-lead = Alle Personen außerhalb der Organisation in Ihrem Verzeichnis: Gäste, externe Mitglieder und aus anderen Mandanten synchronisierte Personen. Filtern Sie die Liste, öffnen Sie eine Person für die Details, oder markieren Sie mehrere, um sie gemeinsam zu bearbeiten – Sie sehen genau, wer sich ändert, bevor etwas geschieht.
guests-deleted-link = Kürzlich gelöschte Gäste
guests-dashboard-link = Dashboard
guests-show-all = Alle Gäste anzeigen
guests-filter-label = Gäste filtern
guests-filter-q = Name, E-Mail-Adresse oder Benutzername
guests-filter-status = Status
guests-filter-any = Beliebig
guests-filter-type = Benutzertyp
guests-filter-provider = Meldet sich an mit
guests-filter-domain = E-Mail-Domäne
guests-filter-synced = Verzeichnissynchronisiert
guests-filter-synced-yes = Ja (aus dem lokalen Active Directory)
guests-filter-enabled = Kann sich anmelden
guests-filter-enabled-no = Nein (gesperrt)
guests-filter-created-from = Erstellt ab
guests-filter-created-to = Erstellt bis
guests-filter-pending-days = Ausstehend seit mehr als (Tage)
guests-filter-inactive-days = Letzte Anmeldung vor mehr als (Tagen)
guests-filter-sponsor = Gesponsert von (E-Mail-Adresse)
guests-filter-no-sponsor = Hat keinen Sponsor
guests-filter-sort = Sortieren nach
guests-filter-dir = Reihenfolge
guests-filter-cols = Spalten
guests-cols-standard = Standard
guests-cols-contacts = Kontakte und Sponsoren
guests-cols-everything = Alles
guests-cols-as-linked = Wie im Link
guests-filter-submit = Gäste anzeigen
guests-filter-clear = Filter zurücksetzen
guests-count-matching = { $count ->
    [one] { $count } externer Benutzer entspricht
   *[other] { $count } externe Benutzer entsprechen
}
guests-count-on-page = { $count } auf dieser Seite angezeigt
guests-select-one = { $name } auswählen
guests-select = Auswählen
guests-export = Diese Ansicht als CSV exportieren
guests-page-empty = Auf dieser Seite passt niemand. Setzen Sie einen Filter zurück, oder gehen Sie zur nächsten Seite, falls es eine gibt.
guests-act-on = Anwenden auf
guests-act-on-ticked = die oben markierten Gäste
guests-act-on-all = alle, die dieser Ansicht entsprechen
guests-act-on-all-counted = alle, die dieser Ansicht entsprechen ({ $count })
guests-act-help = Als Nächstes sehen Sie, wer geändert und wer übersprungen wird, und warum. Nichts ändert sich, bevor Sie bestätigen.
guests-act-resend = Einladungen erneut senden…
guests-act-disable = Anmeldung sperren…
guests-act-enable = Anmeldung zulassen…
guests-act-add-sponsor = Sponsor hinzufügen…
guests-act-delete = Löschen…
guests-pages = Seiten
guests-page-first = Erste Seite
guests-page-next = Nächste Seite

## Mehrere Gäste bearbeiten: die Vorschau und die Ergebnisse des Auftrags.

guests-selection-title = Mehrere Gäste bearbeiten
guests-selection-how = Markieren Sie Gäste auf der Seite „Gäste“, oder wählen Sie alle Gäste, die ihrem Filter entsprechen, und wählen Sie dann, was geschehen soll.
guests-selection-choose-found = Wählen Sie zuerst eine der gefundenen Personen oder Gruppen.
guests-selection-names-and = { $names } und { $last }
guests-selection-title-hand-over = { $sponsor } als Sponsor anstelle von { $old } hinzufügen
guests-selection-title-add-sponsor = { $sponsor } als Sponsor hinzufügen
guests-selection-title-action = { $action } – mehrere Gäste
guests-selection-why-skipped = Grund für das Überspringen
guests-selection-nobody-found = Niemand gefunden. Versuchen Sie den Anfang des Vornamens, des Nachnamens oder der E-Mail-Adresse.
guests-selection-sponsor-to-add = Hinzuzufügender Sponsor
guests-selection-use-sponsor = Diesen Sponsor verwenden
guests-selection-choose-sponsor = Hinzuzufügenden Sponsor wählen
guests-selection-find = Person oder Gruppe suchen
guests-selection-find-help = Der Anfang eines Namens oder einer E-Mail-Adresse.
guests-selection-skipped = Übersprungen
guests-selection-will-change = Wird geändert
guests-selection-confirm-delete = { $count ->
    [one] Bestätigen: { $count } Gast löschen
   *[other] Bestätigen: { $count } Gäste löschen
}
guests-selection-confirm-resend = { $count ->
    [one] Bestätigen: Einladung für { $count } Gast erneut senden
   *[other] Bestätigen: Einladung für { $count } Gäste erneut senden
}
guests-selection-confirm-disable = { $count ->
    [one] Bestätigen: Anmeldung für { $count } Gast sperren
   *[other] Bestätigen: Anmeldung für { $count } Gäste sperren
}
guests-selection-confirm-enable = { $count ->
    [one] Bestätigen: Anmeldung für { $count } Gast zulassen
   *[other] Bestätigen: Anmeldung für { $count } Gäste zulassen
}
guests-selection-confirm-add-sponsor = { $count ->
    [one] Bestätigen: Sponsor für { $count } Gast hinzufügen
   *[other] Bestätigen: Sponsor für { $count } Gäste hinzufügen
}
guests-selection-the-new-sponsor = der neue Sponsor
guests-selection-hand-over = Eine Übergabe: { $old } ist nicht mehr Sponsor eines Gasts, sobald { $new } hinzugefügt ist, damit niemand ohne Sponsor bleibt.
guests-selection-delete-note = Gelöschte Gäste können 30 Tage lang mit ihren Gruppenmitgliedschaften unter „Kürzlich gelöschte Gäste“ wiederhergestellt werden.
guests-selection-confirm-help = Beim Bestätigen wird jede Person erneut geprüft; dann ändert ein Hintergrundauftrag sie nacheinander, und diese Seite zeigt jedes Ergebnis.
guests-selection-cancel = Abbrechen: zurück zu den Gästen
guests-selection-job = Auftrag { $job }: { $state }. { $done } erledigt, { $failed } fehlgeschlagen, { $waiting } wartend.
guests-selection-refreshes = Diese Seite aktualisiert sich alle paar Sekunden, bis der Auftrag erledigt ist.
guests-selection-row-state = Stand
guests-selection-row-result = Ergebnis
guests-selection-row-done = Erledigt.
