# Die Seite „Protokoll“: wie sie das Protokoll beschreibt (das Protokoll selbst speichert englische Bezeichnungen).

## Was getan wurde (die Aktionen des Protokolls).

audit-action-invite = Einladen
audit-action-new-invitation-link = Neuer Einladungslink
audit-action-resend-invitation = Einladung erneut senden
audit-action-reset-redemption = Einlösung zurücksetzen
audit-action-retry-follow-up-steps = Folgeschritte wiederholen
audit-action-send-link-from-guestlist = Link aus Guestlist senden
audit-action-change-email-address = E-Mail-Adresse ändern
audit-action-change-user-type = Benutzertyp ändern
audit-action-convert-to-external-user = In externen Benutzer umwandeln
audit-action-set-email-address = E-Mail-Adresse festlegen
audit-action-reset-password = Kennwort zurücksetzen
audit-action-set-user-type = Benutzertyp festlegen
audit-action-allow-grant = Einladenden das Zuweisen erlauben
audit-action-remove-allowed-grant = Zuweisen durch Einladende beenden
audit-action-restore-deleted-user = Gelöschten Benutzer wiederherstellen
audit-action-purge-deleted-user = Endgültig löschen
audit-action-add-to-group = Zu Gruppe hinzufügen
audit-action-remove-from-group = Aus Gruppe entfernen
audit-action-add-sponsor = Sponsor hinzufügen
audit-action-remove-sponsor = Sponsor entfernen
audit-action-disable-account = Anmeldung blockieren
audit-action-enable-account = Anmeldung zulassen
audit-action-delete-user = Benutzer löschen
audit-action-export-guests = Gäste exportieren
audit-action-view-sponsored-guest = Betreuten Gast öffnen
audit-action-confirm-guest-access = Zugriff weiterhin nötig bestätigen
audit-action-extend-guest-access = Zugriff verlängern
audit-action-end-guest-access = Zugriff beenden
audit-action-undo-end-guest-access = Ende des Zugriffs rückgängig machen
audit-action-hand-over-sponsorship = Sponsorschaft übergeben
audit-action-request-extension = Um mehr Zeit bitten
audit-action-start-review-campaign = Überprüfungskampagne starten
audit-action-decide-review = Überprüfungsentscheidung
audit-action-route-review-to-fallback = Überprüfung an Ersatzprüfer
audit-action-remind-reviewers = Prüfer erinnern
audit-action-apply-review-campaign = Überprüfungskampagne anwenden
audit-action-save-lifecycle-rule = Lebenszyklusregel speichern
audit-action-run-lifecycle-rule = Lebenszyklusregel ausführen
audit-action-notify-sponsors = Sponsoren benachrichtigen
audit-action-set-kill-switch = Notschalter
audit-action-request-invitation = Einladung anfragen
audit-action-approve-invitation-request = Einladungsanfrage genehmigen
audit-action-deny-invitation-request = Einladungsanfrage ablehnen
audit-action-expire-invitation-request = Einladungsanfrage abgelaufen
audit-action-change-settings = Einstellungen ändern
audit-action-send-test-mail = Test-E-Mail senden
audit-action-archive-audit-rows = Protokollzeilen archivieren

## Wie es ausging (die Ergebnisse des Protokolls).

audit-outcome-invited = Eingeladen
audit-outcome-invited-step-failed = Eingeladen, ein Schritt fehlgeschlagen
audit-outcome-changed = Geändert
audit-outcome-queued = In Warteschlange
audit-outcome-refused = Abgelehnt
audit-outcome-failed = Fehlgeschlagen
audit-outcome-exported = Exportiert
audit-outcome-requested = Angefragt

## Fehler.

audit-not-written = Das Protokoll konnte nicht geschrieben werden ({ $action }: { $outcome }), daher hat Guestlist angehalten. Informieren Sie einen Administrator; prüfen Sie die Seite „Protokoll“, bevor Sie es erneut versuchen.

## Die Seite „Protokoll“.

audit-title = Protokoll
audit-lead = Jeder Einladungsversuch und jede Änderung: wer, wann, für wen, mit welchen Optionen und was geschah.
audit-filter-text = Wer oder für wen
audit-filter-actor = Wer gehandelt hat
audit-filter-target = Für wen (Adresse oder ID einer Person)
audit-filter-any = Alle
audit-filter-since = Von (Datum)
audit-filter-until = Bis (Datum)
audit-filter-request = Nummer der Einladungsanfrage
audit-filter = Filtern
audit-count = { $count ->
    [one] { $count } Eintrag.
   *[other] { $count } Einträge.
}
audit-download = Als CSV herunterladen
audit-col-when = Wann (UTC)
audit-col-who = Wer
audit-col-what = Was
audit-col-target = Für wen
audit-col-options = Optionen
audit-col-outcome = Ergebnis
audit-col-request-id = Graph-Anforderungs-ID

## Archivierte Zeilen.

audit-archives = Archivierte Zeilen
audit-archives-before = Zeilen, die älter sind als die Aufbewahrungsdauer auf der Seite
audit-archives-settings = Einstellungen
audit-archives-after = , werden in eine Datei auf dem Server geschrieben und dann aus dieser Liste entfernt; nichts wird ohne seine Datei verworfen.
audit-archive-rows = { $first } bis { $last }
audit-archive-col-at = Archiviert (UTC)
audit-archive-col-rows = Zeilen
audit-archive-col-count = Anzahl
audit-archive-col-before = Älter als
audit-archive-col-file = Datei auf dem Server
