# Sammeleinladung: die Datei, ihre Vorschau, der Fortschritt des Auftrags und das Ergebnis jeder Zeile.

## Spalten und Formate einer Datei (die eigenen Spaltenüberschriften der Datei werden nicht übersetzt).

bulk-column-email = E-Mail-Adresse
bulk-column-display-name = Anzeigename
bulk-column-given-name = Vorname
bulk-column-surname = Nachname
bulk-column-company = Firma
bulk-column-sponsors = Sponsoren
bulk-column-groups = Gruppen
bulk-column-language = Sprache der Nachricht
bulk-column-cc = Kopie an (Cc)
bulk-column-user-type = Benutzertyp
bulk-column-redirect = Weiterleitungs-URL
bulk-column-send-mail = Einladungs-E-Mail senden
bulk-column-message = Persönliche Nachricht
bulk-format-entra = die Vorlage für Sammeleinladungen von Microsoft Entra
bulk-format-csv = eine CSV-Datei
bulk-format-addresses = eine Liste von Adressen

## Die Datei lesen.

bulk-line-error = Zeile { $line }: { $text }
bulk-line-column-error = Zeile { $line }, Spalte „{ $column }“: { $text }
bulk-cell-no-email = Es gibt keine E-Mail-Adresse. Tragen Sie sie ein oder verwerfen Sie die Zeile.
bulk-cell-send-mail = „{ $value }“ ist weder true noch false. Schreiben Sie true, um die Einladungs-E-Mail von Microsoft zu senden, false, um sie nicht zu senden.
bulk-cell-user-type = „{ $value }“ ist kein Benutzertyp. Schreiben Sie Guest oder Member (oder lassen Sie das Feld für Guest leer).
bulk-file-too-large = Die Datei ist { $size } MB groß; Guestlist nimmt höchstens { $max } MB ({ $rows } Zeilen) auf einmal an. Teilen Sie sie in kleinere Dateien auf und senden Sie jede einzeln.
bulk-file-empty = Die Datei ist leer. Verwenden Sie die Vorlage oder fügen Sie die Adressen ein, eine pro Zeile.
bulk-file-template-version = Zeile { $line }: Dies ist Version „{ $version }“ der Vorlage für Sammeleinladungen von Microsoft; Guestlist liest Version v1.0. Laden Sie die Vorlage erneut herunter.
bulk-file-unclosed-quote = Zeile { $line }: Dort öffnet ein Anführungszeichen (") eine Zelle und wird nie geschlossen, sodass der Rest der Datei als eine Zelle gelesen würde. Schließen Sie das Anführungszeichen oder entfernen Sie es.
bulk-file-header-unreadable = Zeile { $line }: Die Kopfzeile kann nicht gelesen werden ({ $error }).
bulk-file-no-header = Die Datei hat keine Kopfzeile. Verwenden Sie die Vorlage oder fügen Sie die Adressen ein, eine pro Zeile.
bulk-file-two-columns = Zeile { $line }: Die Spalten „{ $earlier }“ und „{ $header }“ enthalten beide: { $column }. Wählen Sie, welche verwendet werden soll.
bulk-file-no-email-column = Zeile { $line }: Keine Spalte enthält die E-Mail-Adressen. Nennen Sie eine „Email address to invite [inviteeEmail]“ oder „email“, oder wählen Sie, welche Spalte sie enthält.
bulk-line-unreadable = Diese Zeile kann nicht gelesen werden ({ $error }).
bulk-line-too-many-cells-commas = Diese Zeile hat { $cells } Zellen, die Kopfzeile aber nur { $headers }: ein Trennzeichen in einer Zelle? Setzen Sie Zellen mit Kommas in doppelte Anführungszeichen.
bulk-line-too-many-cells-semicolons = Diese Zeile hat { $cells } Zellen, die Kopfzeile aber nur { $headers }: ein Trennzeichen in einer Zelle? Setzen Sie Zellen mit Semikolons in doppelte Anführungszeichen.
bulk-file-too-many-rows = Die Datei hat mehr als { $max } Zeilen; Guestlist nimmt höchstens { $max } auf einmal an. Teilen Sie sie in kleinere Dateien auf und senden Sie jede einzeln.
bulk-file-nobody = Die Datei hat eine Kopfzeile, aber darunter niemanden zum Einladen.
bulk-line-too-many-addresses = Guestlist nimmt höchstens { $max } Adressen auf einmal an; diese und die folgenden wurden weggelassen.

## Was die Vorschau gefunden hat und was das Bestätigen bewirkt.

bulk-verdict-new = Neu
bulk-verdict-existing = Bereits im Verzeichnis
bulk-verdict-blocked = Gesperrt
bulk-verdict-invalid = Ungültig
bulk-verdict-duplicate = Doppelt
bulk-verdict-needs-approval = Genehmigung nötig
bulk-verdict-unreadable = Nicht lesbar
bulk-choice-skip = Überspringen
bulk-choice-resend = Einladung erneut senden (neuer Link)
bulk-choice-reset = Einlösung zurücksetzen
bulk-plan-dropped = Verworfen
bulk-plan-invite = Einladen
bulk-plan-ask = Genehmigung beantragen
bulk-plan-resend = Erneut senden
bulk-plan-reset = Einlösung zurücksetzen
bulk-plan-skip = Überspringen
bulk-summary-new = { $count } einzuladen
bulk-summary-needs-approval = { $count } mit Genehmigungsbedarf
bulk-summary-existing = { $count } bereits im Verzeichnis
bulk-summary-blocked = { $count } gesperrt
bulk-summary-invalid = { $count } ungültig
bulk-summary-duplicate = { $count } doppelt
bulk-summary-dropped = { $count } verworfen
bulk-summary-unreadable = { $count ->
        [one] { $count } nicht lesbare Zeile
       *[other] { $count } nicht lesbare Zeilen
    }
bulk-summary-separator = {", "}
bulk-summary = { $rows ->
        [one] { $rows } Zeile
       *[other] { $rows } Zeilen
    }: { $parts }. Beim Bestätigen werden { $send } gesendet.
bulk-summary-asking = { $rows ->
        [one] { $rows } Zeile
       *[other] { $rows } Zeilen
    }: { $parts }. Beim Bestätigen werden { $send } gesendet und für { $ask } wird eine Genehmigung beantragt.

## Warum eine Zeile so ist, wie sie ist.

bulk-reason-duplicate = Dieselbe Adresse steht in Zeile { $line }: Nur jene Zeile wird verwendet. Verwerfen Sie diese oder korrigieren Sie ihre Adresse.
bulk-reason-cell = { $column }: { $text }
bulk-reason-address-unusable = { $column }: „{ $email }“ kann nicht eingeladen werden: { $error }. Microsoft akzeptiert keine Adressen mit „+“ oder ähnlichen Zeichen; fragen Sie nach der einfachen Adresse der Person.
bulk-reason-not-checked = Konnte nicht geprüft werden: { $error } Korrigieren oder prüfen Sie die Zeile erneut, um es noch einmal zu versuchen.
bulk-reason-no-sponsor = Nennen Sie in der Zeile einen Sponsor: Es ist niemand angemeldet, der Sponsor sein könnte (verwenden Sie an der Befehlszeile --as mit Ihrem Benutzernamen).
bulk-reason-existing-member = Bereits im Verzeichnis als { $name } ({ $upn }), ein Mitglied Ihrer Organisation: braucht keine Einladung.
bulk-reason-existing-pending = Bereits im Verzeichnis als { $name } ({ $upn }), ein Gast, der noch nicht angenommen hat: Senden Sie erneut, um einen neuen Link zu geben.
bulk-reason-existing-guest = Bereits im Verzeichnis als { $name } ({ $upn }), ein Gast ({ $state }): Setzen Sie die Einlösung zurück, wenn er erneut annehmen muss.
bulk-reason-existing-external = Bereits im Verzeichnis als { $name } ({ $upn }), ein externer Benutzer.
bulk-reason-existing = Bereits im Verzeichnis als { $name } ({ $upn }).
bulk-reason-admins-approve = die Administratoren von Guestlist
bulk-reason-needs-approval = { $why } Wer genehmigt: { $who }.

## Eine Sammeleinladung ändern und senden.

bulk-no-such = Diese Sammeleinladung gibt es nicht (oder nicht mehr). Beginnen Sie eine neue auf der Seite „Sammeleinladung“.
bulk-someone-elses-change = Diese Sammeleinladung gehört jemand anderem: Nur die Person, die sie erstellt hat, kann sie ändern oder senden.
bulk-someone-elses-see = Diese Sammeleinladung gehört jemand anderem: Nur die Person, die sie erstellt hat, und Administratoren können sie sehen.
bulk-sent-already-job = Diese Sammeleinladung wurde bereits gesendet (Auftrag { $job }); ihre Zeilen können nicht mehr geändert werden. Wiederholen Sie fehlgeschlagene Zeilen stattdessen als neuen Auftrag.
bulk-sent-already-requests = Diese Sammeleinladung wurde bereits gesendet: Ihre Anträge liegen bei den genehmigenden Personen (siehe „Meine Anträge“), und ihre Zeilen können nicht mehr geändert werden.
bulk-no-such-row = Es gibt keine Zeile { $number }: Diese Sammeleinladung hat { $count } Zeilen.
bulk-choice-not-existing = Zeile { $number } ist niemand, der bereits im Verzeichnis ist: Es gibt nichts erneut zu senden oder zurückzusetzen.
bulk-choice-member = { $upn } ist Mitglied Ihrer Organisation, kein externer Benutzer: braucht keine Einladung.
bulk-nothing-to-send = Es würde nichts gesendet: Keine Zeile ist neu, und für niemanden im Verzeichnis ist erneutes Senden oder Zurücksetzen gewählt. Korrigieren Sie Zeilen oder wählen Sie „erneut senden“ oder „zurücksetzen“.
bulk-reason-needed = { $count ->
        [one] { $count } Zeile braucht
       *[other] { $count } Zeilen brauchen
    } die Genehmigung einer genehmigenden Person: Geben Sie an, warum diese Gäste gebraucht werden (die geschäftliche Begründung), damit die genehmigenden Personen darüber entscheiden können.
bulk-retry-not-sent = Diese Sammeleinladung wurde noch nicht gesendet: Es gibt keine fehlgeschlagenen Zeilen zu wiederholen.
bulk-retry-running = Auftrag { $job } läuft noch: Warten Sie, bis er endet, und wiederholen Sie dann seine fehlgeschlagenen Zeilen.
bulk-retry-nothing = Keine Zeile ist fehlgeschlagen: Es gibt nichts zu wiederholen.
bulk-retry-source = Fehlgeschlagene Zeilen aus { $source }
bulk-steer-not-sent = Diese Sammeleinladung wurde noch nicht gesendet: Es gibt keinen Auftrag zum Anhalten, Fortsetzen oder Abbrechen.
bulk-steer-unknown = Ein Auftrag kann angehalten, fortgesetzt oder abgebrochen werden.

## Der Fortschritt des Auftrags.

bulk-progress-sentence = { $done } von { $total } erledigt, { $failed } fehlgeschlagen, { $remaining } verbleibend{ $cancelled ->
        [0] {""}
       *[other] , { $cancelled } abgebrochen
    }{ $pace }.
bulk-progress-pace = { $rate } pro Sekunde
bulk-progress-pace-left = { $rate } pro Sekunde, noch etwa { $left }
bulk-progress-paused = Von selbst angehalten: Microsoft Graph ist ausgelastet oder antwortet nicht. Es geht um { $at } von selbst weiter; in der Zwischenzeit geht nichts verloren.
bulk-progress-status = { $state } – { $percent } %. { $sentence }
bulk-duration-seconds = { $n } s
bulk-duration-minutes = { $n } min
bulk-duration-hours = { $n } h

## Das Ergebnis jeder Zeile.

bulk-outcome-invited = Eingeladen
bulk-outcome-resent = Erneut gesendet
bulk-outcome-reset = Einlösung zurückgesetzt
bulk-outcome-found-after-interruption = Nach einem unterbrochenen Versuch im Verzeichnis gefunden: nicht zweimal eingeladen; Gruppen, App-Zugriff und Eigenschaften wurden erneut gesetzt.
bulk-outcome-step-failed = Schritt fehlgeschlagen: { $step }.
bulk-outcome-dropped = Verworfen
bulk-outcome-requested = Antrag { $request } zur Genehmigung gesendet
bulk-outcome-not-sent = Noch nicht gesendet
bulk-outcome-skipped = Übersprungen: { $verdict }

## Die Seiten der Sammeleinladung.

bulk-title = Sammeleinladung
bulk-lead = Laden Sie viele Personen auf einmal aus einer CSV-Datei oder einer eingefügten Liste ein. Guestlist prüft zuerst jede Zeile – wer neu ist, wer schon in Ihrem Verzeichnis ist, was abgelehnt würde und warum – und sendet nichts, bis Sie bestätigen.
bulk-map-column = Spalte „{ $header }“
bulk-map-ignore = Diese Spalte ignorieren
bulk-map-legend = Was jede Spalte enthält
bulk-file-label = CSV-Datei
bulk-file-again = Dieselbe CSV-Datei noch einmal
bulk-file-help = Die Vorlage für Sammeleinladungen von Microsoft Entra, wie das Admin Center sie ausgibt (version:v1.0), oder { $template } mit Namen, Firma, Sponsoren, Gruppen, Sprache, Kopieempfänger und Benutzertyp. Kommas oder Semikolons zwischen den Zellen, mit oder ohne Byte-Order-Mark von Excel; höchstens 2 MB (10.000 Zeilen).
bulk-file-help-template = die Vorlage von Guestlist
bulk-paste-label = Oder fügen Sie E-Mail-Adressen ein, eine pro Zeile
bulk-paste-help = Eine Zeile kann auch „Name <Adresse>“ sein. Jede Person erhält die Einladungs-E-Mail von Microsoft, mit Ihnen als Sponsor.
bulk-read-again = Datei mit diesen Spalten erneut lesen
bulk-check-rows = Zeilen prüfen (noch wird nichts gesendet)
bulk-back = Zurück zur Sammeleinladung
bulk-heading = Sammeleinladung: { $source }
bulk-breadcrumb = Brotkrümelnavigation
bulk-total-new = Neu: werden eingeladen
bulk-total-needs-approval = Brauchen eine Genehmigung
bulk-total-existing = Bereits im Verzeichnis
bulk-total-blocked = Gesperrt
bulk-total-invalid = Ungültig
bulk-total-duplicate = Doppelt in der Datei
bulk-total-dropped = Verworfen
bulk-total-to-send = Werden gesendet
bulk-unreadable-lines = Zeilen, die nicht gelesen werden konnten
bulk-columns-wrong = Spalten falsch gelesen? Geben Sie an, was jede enthält
bulk-send = { $count ->
        [one] { $count } Einladung senden
       *[other] { $count } Einladungen senden
    }
bulk-ask = { $count ->
        [one] Genehmigung für { $count } Einladung beantragen
       *[other] Genehmigung für { $count } Einladungen beantragen
    }
bulk-send-and-ask = { $count ->
        [one] { $count } Einladung senden und Genehmigung für { $ask } beantragen
       *[other] { $count } Einladungen senden und Genehmigung für { $ask } beantragen
    }
bulk-reason-label = Geschäftliche Begründung für die Zeilen, die eine Genehmigung brauchen
bulk-reason-help = Warum diese Gäste gebraucht werden: Jede der { $count } Zeilen wird damit zu einem Einladungsantrag, und die genehmigenden Personen entscheiden darüber. Sie verfolgen die Anträge unter „Meine Anträge“.
bulk-read-as = Gelesen als { $format }. { $summary }
bulk-totals = Summen
bulk-download-preview = Vorschau herunterladen (CSV)
bulk-download-results = Ergebnisse herunterladen (CSV)
bulk-col-line = Zeile
bulk-col-email = E-Mail-Adresse
bulk-col-name = Name
bulk-col-found = Gefunden
bulk-col-why = Warum
bulk-col-plan = Was geschieht
bulk-col-change = Ändern
bulk-col-result = Ergebnis
bulk-col-user-id = Benutzer-ID
bulk-col-link = Einladungslink
bulk-col-details = Details
bulk-confirm-help = Jede Zeile wird beim Senden noch einmal geprüft. Sie und andere Administratoren können den Fortschritt auf dieser Seite verfolgen.
bulk-only-owner = Nur { $owner } kann diese Sammeleinladung ändern oder senden.
bulk-start-over = Mit einer anderen Datei neu beginnen
bulk-for-this-person = Für diese Person
bulk-save-choice = Auswahl speichern
bulk-keep-row = Diese Zeile behalten
bulk-drop-row = Diese Zeile verwerfen
bulk-fix-line = Zeile { $line } korrigieren
bulk-resume = Fortsetzen
bulk-pause = Anhalten
bulk-cancel = Noch nicht gesendete Zeilen abbrechen
bulk-retry = { $count ->
        [one] Die { $count } fehlgeschlagene Zeile als neuen Auftrag wiederholen
       *[other] Die { $count } fehlgeschlagenen Zeilen als neuen Auftrag wiederholen
    }
bulk-requests-made = { $count ->
        [one] { $count } Zeile wurde zu einem Einladungsantrag: Die genehmigenden Personen haben ihn, und Sie verfolgen ihn unter { $link }.
       *[other] { $count } Zeilen wurden zu Einladungsanträgen: Die genehmigenden Personen haben sie, und Sie verfolgen sie unter { $link }.
    }
bulk-my-requests = Meine Anträge
bulk-results-later = Das Ergebnis jeder Zeile wird hier aufgeführt, wenn der Auftrag beendet ist; die Ergebnisdatei enthält den bisherigen Stand.
bulk-refreshes = Ohne JavaScript aktualisiert sich diese Seite alle paar Sekunden, bis der Auftrag endet; Sie können die Seite auch verlassen und später wiederkommen.
bulk-another-file = Eine weitere Datei einladen
bulk-request-id = Anforderungs-ID { $id }
bulk-detail-request-id = { $detail } (Anforderungs-ID { $id })
bulk-redeem-link = Einlöselink
bulk-progress-label = Fortschritt
bulk-fix-title = Eine Zeile korrigieren
bulk-fix-no-row = Diese Zeile gibt es in dieser Sammeleinladung nicht.
bulk-back-to-preview = Zurück zur Vorschau
bulk-fix-email-help = Die eigene Adresse der Person (ohne „+“-Zusätze).
bulk-fix-display-name-help = Wie der Gast in Ihrem Verzeichnis erscheint.
bulk-fix-sponsors-help = Personen per E-Mail-Adresse oder Gruppen per Name, eine pro Zeile; leer: Sie.
bulk-fix-groups-help = Gruppennamen, einer pro Zeile.
bulk-fix-default-language = Standard von Microsoft
bulk-fix-cc-help = Jemand, der die Einladungs-E-Mail von Microsoft in Kopie erhält.
bulk-fix-user-type-help = Guest (oder leer) oder Member.
bulk-fix-redirect-help = Wohin der Gast nach der Annahme gelangt (https://…); leer: die Voreinstellung.
bulk-fix-send-mail-help = true, um die Einladungs-E-Mail von Microsoft zu senden, false, um einen Link zum Weitergeben zu erhalten.
bulk-fix-message-help = Eine persönliche Nachricht in der Einladungs-E-Mail.
bulk-fix-save = Speichern und Zeile erneut prüfen
bulk-choose-choice = Wählen Sie überspringen, erneut senden oder zurücksetzen.
bulk-choose-steer = Wählen Sie anhalten, fortsetzen oder abbrechen.
bulk-upload-too-large = Die Datei ist größer als { $max } MB, das Höchste, was Guestlist auf einmal annimmt. Teilen Sie sie in kleinere Dateien auf und senden Sie jede einzeln.
bulk-upload-unreadable = Der Upload konnte nicht gelesen werden ({ $error }). Senden Sie das Formular erneut.
bulk-upload-the-file = die Datei
bulk-upload-pasted = Eingefügte Adressen
bulk-upload-nothing = Wählen Sie eine CSV-Datei oder fügen Sie die Adressen ein, eine pro Zeile.
bulk-upload-not-a-form = Senden Sie das Formular von der Seite „Sammeleinladung“ aus (eine Datei oder eingefügte Adressen).
