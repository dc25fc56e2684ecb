# Überprüfungskampagnen und Lebenszyklusregeln: die Seiten, der Teil der Prüfenden in Meine Gäste und die Antworten.

reviews-breadcrumb = Brotkrümelnavigation
reviews-campaigns = Überprüfungskampagnen
reviews-campaign = Überprüfungskampagne
reviews-back-campaigns = Zurück zu den Überprüfungskampagnen
reviews-back-campaign = Zurück zur Kampagne
reviews-back-rules = Zurück zu den Lebenszyklusregeln

## Umfang, was mit nicht überprüften Gästen geschieht, Bedingungen und Aktionen der Regeln.

reviews-scope-all = Alle Gäste
reviews-scope-domain = Gäste von { $domain }
reviews-scope-group = Gäste in der Gruppe { $group }
reviews-scope-inactive = Gäste, die seit mehr als { $days } Tagen inaktiv sind
reviews-scope-pending = Einladungen, die seit mehr als { $days } Tagen ausstehen
reviews-scope-enter-inactive-days = Geben Sie die Anzahl der Tage für die Inaktivität ein, z. B. 90.
reviews-scope-enter-pending-days = Geben Sie die Anzahl der Tage für ausstehende Einladungen ein, z. B. 90.
reviews-scope-enter-domain = Geben Sie die E-Mail-Domäne der Gäste ein, z. B. contoso.com.
reviews-scope-enter-group = Geben Sie die Objekt-ID der Gruppe ein.
reviews-scope-choose = Wählen Sie die Gäste: alle, eine Domäne, eine Gruppe, inaktive oder ausstehende.
reviews-unreviewed-no-change = Nichts ändert sich
reviews-unreviewed-end = Ihr Zugang endet
reviews-unreviewed-keep = Sie behalten ihren Zugang
reviews-kind-attestation = Kein Sponsor hat sie in { $n } Tagen bestätigt
reviews-kind-inactivity = Seit mehr als { $n } Tagen inaktiv
reviews-kind-sponsors = Weniger als { $n } handlungsfähige Sponsoren
reviews-kind-unredeemed = Einladung nach { $n } Tagen nicht eingelöst
reviews-action-notify = Sponsoren informieren
reviews-action-disable = Anmeldung sperren
reviews-action-disable-delete = Anmeldung sperren, nach der Schonfrist löschen

## Die Kampagnenseite und das Formular für eine neue Kampagne.

reviews-started = Die Kampagne hat begonnen: Die Prüfenden sehen ihre Gäste in Meine Gäste.
reviews-runs = { $starts } – { $ends }
reviews-decided-of = { $decided } von { $items }
reviews-campaigns-lead = Die Sponsoren jedes Gastes bestätigen, ob der Gast noch Zugang braucht. Nichts ändert sich, bis die Kampagne beendet ist und ein Administrator sie nach dem Probelauf anwendet.
reviews-rules-link = Lebenszyklusregeln und Notschalter
reviews-col-campaign = Kampagne
reviews-col-guests = Gäste
reviews-col-runs = Zeitraum
reviews-col-decided = Entschieden
reviews-col-state = Status
reviews-start-heading = Kampagne starten
reviews-name = Name
reviews-name-help = Zum Beispiel „Contoso-Gäste, erstes Halbjahr 2027“.
reviews-which-guests = Welche Gäste
reviews-option-domain = Gäste einer Domäne
reviews-option-group = Gäste in einer Gruppe
reviews-option-inactive = Gäste, die seit mehr als N Tagen inaktiv sind
reviews-option-pending = Einladungen, die seit mehr als N Tagen ausstehen
reviews-value = Domäne, Gruppen-ID oder Tage
reviews-value-help = contoso.com für eine Domäne; die Objekt-ID der Gruppe; eine Anzahl Tage für inaktiv oder ausstehend. Leer für alle Gäste.
reviews-fallback = Ersatzprüfer
reviews-fallback-help = E-Mail-Adresse der Person, die Gäste ohne handlungsfähigen Sponsor prüft, sowie die, die ein Sponsor nicht kennt. Leer: Sie.
reviews-starts = Beginn
reviews-starts-help = Leer: heute.
reviews-ends = Ende
reviews-ends-help = Erinnerungen gehen zur Halbzeit und zwei Tage vor dem Ende, nur an Prüfende mit offenen Einträgen.
reviews-nobody-reviewed = Gäste, die niemand überprüft hat
reviews-option-unreviewed-end = Ihr Zugang endet (der Probelauf warnt oberhalb der Obergrenze)
reviews-start-button = Kampagne starten
reviews-state-applied = Angewendet am { $date }
reviews-state-ended = Beendet: wartet auf Anwendung
reviews-state-running = Läuft
reviews-start-name = Geben Sie der Kampagne einen Namen (höchstens 200 Zeichen), z. B. „Contoso-Gäste, erstes Halbjahr 2027“.
reviews-start-enter-start = Geben Sie das Startdatum als Datum ein, z. B. 2027-01-31.
reviews-start-enter-end = Geben Sie das Enddatum als Datum ein, z. B. 2027-01-31.
reviews-start-end-after = Das Enddatum muss nach dem Startdatum und nach heute liegen.
reviews-start-too-long = Eine Kampagne läuft höchstens ein Jahr.
reviews-start-unreviewed = Wählen Sie, was mit Gästen geschieht, die niemand überprüft hat.
reviews-start-fallback-enter = Geben Sie die E-Mail-Adresse des Ersatzprüfers ein.
reviews-start-fallback = Ersatzprüfer: { $why }
reviews-no-campaign = Diese Kampagne gibt es nicht.
reviews-no-campaign-open = Diese Kampagne gibt es nicht. Öffnen Sie Überprüfungskampagnen, um alle zu sehen.

## Eine Kampagne: Fortschritt je prüfender Person.

reviews-remind = { $name } erinnern
reviews-fallback-mark = {" "}(Ersatzprüfer)
reviews-cannot-tell = Nicht feststellbar
reviews-cannot-tell-lead = Guestlist konnte nicht feststellen, ob diese Gäste inaktiv sind. Sie sind daher nicht in der Kampagne, und mit ihnen geschieht nichts:
reviews-read-report = Bericht lesen
reviews-plan-link = Probelauf: was die Anwendung bewirkt
reviews-reviewers = Prüfende
reviews-col-reviewer = Prüfende Person
reviews-col-open = Offen
reviews-col-overdue = Überfällig
reviews-col-remind = Erinnern
reviews-remind-not-reviewer = Diese Person prüft in dieser Kampagne nicht.
reviews-remind-done = { $count ->
    [one] Eine Erinnerung an { $count } offenen Eintrag ist unterwegs an { $name }.
   *[other] Eine Erinnerung an { $count } offene Einträge ist unterwegs an { $name }.
}
reviews-remind-nothing = { $name } hat in dieser Kampagne keine offenen Einträge (oder keine E-Mail-Adresse): Es wurde keine Erinnerung gesendet.

## Zu überprüfen (in Meine Gäste).

reviews-to-review = Zu überprüfen
reviews-to-review-lead = Überprüfungskampagnen fragen Sie, ob diese Gäste noch Zugang brauchen. Nichts ändert sich, bevor die Kampagne endet und ein Administrator sie anwendet; bis dahin können Sie Ihre Entscheidung ändern.
reviews-record-for = Entscheidung für { $name } speichern
reviews-dont-know-label = Ich kenne { $name } nicht
reviews-item-campaign = Kampagne „{ $campaign }“, bis { $date }.
reviews-item-routed = Ihnen als Ersatzprüfer zugewiesen: { $why }.
reviews-decision = Entscheidung
reviews-option-extend = Bis zu einem Datum verlängern
reviews-option-end = Zugang beenden
reviews-until-extend = Bis (für Verlängern)
reviews-why = Begründung
reviews-decision-keep = behalten
reviews-decision-extend = verlängern
reviews-decision-end = beenden
reviews-decided = Entschieden von { $by }: { $decision } – „{ $why }“
reviews-decided-until = Entschieden von { $by }: { $decision } bis { $date } – „{ $why }“
reviews-not-yours = Diesen Gast müssen Sie nicht überprüfen (oder die Kampagne ist vorbei). Öffnen Sie Meine Gäste, um die Gäste zu sehen, die Sie überprüfen sollen.
reviews-decide-choose = Wählen Sie behalten, verlängern oder beenden.
reviews-decide-why = Begründen Sie kurz (höchstens 1000 Zeichen): Der Bericht bewahrt es für die Prüfer auf.
reviews-recorded-keep = Gespeichert: { $name } behält den Zugang, wenn „{ $campaign }“ nach dem { $ends } angewendet wird. Bis dahin können Sie das ändern.
reviews-recorded-extend = Gespeichert: { $name } behält den Zugang bis { $until }, wenn „{ $campaign }“ nach dem { $ends } angewendet wird. Bis dahin können Sie das ändern.
reviews-recorded-end = Gespeichert: { $name } verliert den Zugang, wenn „{ $campaign }“ nach dem { $ends } angewendet wird. Bis dahin können Sie das ändern.
reviews-dont-know-fallback = Sie sind der Ersatzprüfer dieser Kampagne, daher bleibt der Eintrag bei Ihnen: Entscheiden Sie, ob behalten oder beenden, und begründen Sie es.
reviews-dont-know-done = { $name } geht an { $fallback }, den Ersatzprüfer der Kampagne. Der Eintrag ist nicht mehr in Ihrer Liste.

## Probeläufe und Anwenden.

reviews-dry-run = Probelauf
reviews-dry-run-of = Probelauf: { $name }
reviews-over-cap = Dies würde { $changes } Konten sperren, mehr als die { $cap }, die ein Lauf ändern darf. Nichts geschieht, wenn Sie nicht unten bestätigen.
reviews-confirm-over-cap = Ich bestätige: trotz Überschreitung der Obergrenze anwenden
reviews-confirm-over-cap-help = Jede Änderung wird protokolliert und kann im Bericht rückgängig gemacht werden, bis das Konto gelöscht ist.
reviews-apply-button = Diese Änderungen anwenden
reviews-plan-summary = { $guests } Gast/Gäste; { $changes } Konto/Konten würden gesperrt; höchstens { $cap } pro Lauf.
reviews-col-guest = Gast
reviews-col-what-happens = Was geschieht
reviews-col-evidence-read = Gelesene Nachweise
reviews-plan-why-decided = { $by }: { $why }
reviews-plan-why-unreviewed-no-change = Niemand hat überprüft; die Kampagne sagt: Nichts ändert sich
reviews-plan-why-unreviewed-end = Niemand hat überprüft; die Kampagne sagt: Der Zugang endet
reviews-plan-why-unreviewed-keep = Niemand hat überprüft; die Kampagne sagt: Der Zugang bleibt
reviews-plan-end = Anmeldung jetzt sperren, am { $date } löschen
reviews-plan-keep = Behält Zugang; nächste Überprüfung { $date }
reviews-plan-extend = Zugang bis { $date }
reviews-plan-no-change = Keine Änderung
reviews-blocked-applied = Diese Kampagne wurde am { $date } angewendet.
reviews-blocked-running = Die Kampagne läuft bis { $date }: Die Prüfenden können noch entscheiden, daher kann sie erst danach angewendet werden.
reviews-blocked-kill-switch = Der Notschalter ist an: Nichts wird geändert, bis ein Administrator ihn auf der Seite „Lebenszyklusregeln“ ausschaltet.
reviews-apply-over-cap = Die Anwendung würde { $changes } Konten ändern, mehr als die { $cap }, die ein Lauf ändern darf. Nichts wurde geändert: Sehen Sie sich den Probelauf an und setzen Sie dann das Häkchen bei „Ich bestätige“, um trotzdem anzuwenden.
reviews-applied = „{ $campaign }“ ist angewendet: { $changed } Konto/Konten gesperrt, { $kept } Gast/Gäste behalten ihren Zugang.
reviews-applied-report = Der Bericht ist fertig. Beendete Gäste können über den Bericht zurückgeholt werden, bis sie gelöscht sind (und danach noch 30 Tage wiederhergestellt werden).
reviews-no-item = Diesen Überprüfungseintrag gibt es nicht.
reviews-undo-item-nothing = Die Kampagne hat die Anmeldung von { $name } nicht gesperrt (oder es wurde bereits rückgängig gemacht): Es gibt nichts rückgängig zu machen.
reviews-undo-no-id = Dieser Gast hat keine Objekt-ID im Verzeichnis.
reviews-undo-restored = { $name } ist aus den gelöschten Elementen wiederhergestellt, mit den Gruppenmitgliedschaften.
reviews-undo-gone = { $name } ist nicht mehr in den gelöschten Elementen (Microsoft bewahrt sie 30 Tage auf) und kann daher nicht wiederhergestellt werden.
reviews-undo-done = { $name } kann sich wieder anmelden.

## Der Bericht.

reviews-report = Bericht
reviews-report-of = Bericht: { $name }
reviews-report-intact = Jede Zeile stimmt mit ihrem Hash überein: Nach Erstellung des Berichts wurde nichts bearbeitet.
reviews-report-tampered = Mit „geändert“ markierte Zeilen wurden nach Erstellung des Berichts bearbeitet: Ihr Hash stimmt nicht mehr.
reviews-report-undone = Am { $date } rückgängig gemacht: Anmeldung wieder erlaubt.
reviews-undo-for = Rückgängig für { $name }
reviews-report-changed = geändert – { $hash }
reviews-report-scope-applied = { $scope } · angewendet { $applied }
reviews-report-applied = am { $date } von { $name }
reviews-report-csv = Bericht als CSV herunterladen (mit Hash-Kette)
reviews-col-by = Von
reviews-col-when = Wann
reviews-col-what-happened = Was geschah
reviews-col-hash = Hash
reviews-not-reviewed = nicht überprüft
reviews-report-not-applied = Der Bericht wird erstellt, wenn die Kampagne angewendet wird: Öffnen Sie den Probelauf und wenden Sie sie zuerst an.

## Lebenszyklusregeln.

reviews-rules = Lebenszyklusregeln
reviews-rule-saved = Die Regel ist gespeichert. Sie läuft täglich mit den anderen; sehen Sie sich zuerst den Probelauf an.
reviews-rule-switched-on = Die Regel ist an: Sie läuft täglich.
reviews-rule-switched-off = Die Regel ist aus: Sie tut nichts, bis sie eingeschaltet wird.
reviews-kill-switch-is-on = Der Notschalter ist an: Keine Regel, Kampagne oder Schonfrist ändert ein Konto.
reviews-kill-switch-turn-off = Notschalter ausschalten
reviews-kill-switch-is-off = Automatische Änderungen sind an. Der Notschalter stoppt sofort jede Regel, jede Anwendung einer Kampagne und jede Löschung nach einer Schonfrist.
reviews-kill-switch-turn-on = Notschalter einschalten
reviews-kill-switch-on = Der Notschalter ist an: Keine Regel, Kampagne oder Schonfrist ändert ein Konto, bis er ausgeschaltet wird.
reviews-kill-switch-off = Der Notschalter ist aus: Regeln laufen wieder bei ihrem nächsten täglichen Lauf, und Kampagnen können angewendet werden.
reviews-rule-turn-off = { $name } ausschalten
reviews-rule-turn-on = { $name } einschalten
reviews-rule-run = { $name } jetzt ausführen
reviews-rule-confirm-over-cap = Ich bestätige: über der Obergrenze
reviews-rule-last-run = { $date }: { $changed } geändert, { $skipped } übersprungen. { $summary }
reviews-rule-not-run = Noch nicht gelaufen
reviews-rule-off-mark = {" "}(aus)
reviews-rules-lead = Der Hintergrunddienst führt jede Regel einmal täglich in der Reihenfolge ihrer Priorität aus; ein Gast wird von der ersten zutreffenden Regel behandelt. Ein Lauf ändert höchstens { $cap } Konten: Darüber geschieht nichts, bis ein Administrator bestätigt. Beendete Gäste werden nach { $days } Tagen gelöscht.
reviews-kill-switch = Notschalter
reviews-rules-heading = Regeln
reviews-rules-plan-link = Probelauf: was die Regeln jetzt tun würden
reviews-priority = Priorität
reviews-col-rule = Regel
reviews-looks-for = Sucht nach
reviews-does = Aktion
reviews-col-last-run = Letzter Lauf
reviews-col-change = Ändern
reviews-new-rule = Neue Regel
reviews-rule-name-help = Zum Beispiel „Gäste sperren, die seit einem Jahr inaktiv sind“.
reviews-threshold-help = Tage; bei Sponsoren die Mindestanzahl, die ein Gast haben sollte (1 bis 5).
reviews-rule-value = Domäne oder Gruppen-ID
reviews-rule-value-help = Leer für alle Gäste.
reviews-priority-help = Niedrigere laufen zuerst; leer: 100.
reviews-save-rule = Regel speichern
reviews-rules-changed = Was die Regeln zuletzt geändert haben
reviews-col-what = Was
reviews-col-evidence = Nachweise
reviews-col-undo = Rückgängig
reviews-rules-plan = Probelauf der Lebenszyklusregeln
reviews-rules-plan-lead = Was jede Regel tun würde, wenn sie jetzt liefe: bei wem, warum, und die gelesenen Nachweise. Nichts wurde geändert.
reviews-rule-name = Geben Sie der Regel einen Namen (höchstens 200 Zeichen).
reviews-rule-choose-kind = Wählen Sie, wonach die Regel sucht.
reviews-rule-enter-sponsors = Geben Sie die Mindestanzahl an Sponsoren für einen Gast ein, von 1 bis 5.
reviews-rule-enter-days = Geben Sie die Anzahl der Tage ein, z. B. 90.
reviews-rule-choose-action = Wählen Sie, was die Regel tut.
reviews-rule-choose-scope = Wählen Sie die Gäste: alle, eine Domäne oder eine Gruppe.
reviews-rule-enter-priority = Geben Sie die Priorität als ganze Zahl ein (niedrigere laufen zuerst).
reviews-no-rule = Diese Regel gibt es nicht.
reviews-no-rule-on = Diese Regel gibt es nicht, oder sie ist ausgeschaltet.
reviews-no-change = Diese Änderung gibt es nicht.
reviews-rule-done-notified = informiert
reviews-rule-done-disabled = gesperrt
reviews-rule-done-ending = wird beendet
reviews-rule-done-undone = { $what } (rückgängig gemacht)
reviews-skipped = Übersprungen: { $why }
reviews-skip-undone = ein Administrator hat die Änderung dieser Regel am { $date } rückgängig gemacht
reviews-skip-done = von dieser Regel bereits am { $date } { $what }
reviews-skip-blocked = die Anmeldung ist bereits gesperrt
reviews-skip-ending = der Zugang wird bereits beendet
reviews-skip-no-sponsor = kein Sponsor zum Informieren
reviews-change-disable = Anmeldung jetzt sperren
reviews-plan-why-rule = Regel „{ $rule }“: { $condition }
reviews-blocked-rule-off = Diese Regel ist ausgeschaltet.
reviews-blocked-rule-kill-switch = Der Notschalter ist an: Keine Regel ändert etwas.
reviews-rule-held = Angehalten: Sie würde { $changes } Konten sperren, mehr als die { $cap }, die ein Lauf ändern darf. Nichts wurde geändert, bis ein Administrator bestätigt.
reviews-rule-ran-notify = { $count } Gast/Gäste: Sponsoren informiert
reviews-rule-ran-disable = { $count } Gast/Gäste: Anmeldung gesperrt
reviews-rule-ran-disable-delete = { $count } Gast/Gäste: Anmeldung gesperrt, Löschung nach der Schonfrist
reviews-rule-ran = { $what }; { $skipped } übersprungen.
reviews-run-kill-switch = Der Notschalter ist an: Keine Regel ändert etwas, bis er ausgeschaltet wird.
reviews-run-done = „{ $rule }“: { $summary }
reviews-undo-rule-nothing = Für { $name } gibt es nichts rückgängig zu machen.

## E-Mails an Prüfende und Sponsoren.

reviews-mail-hello = Hallo { $name },
reviews-mail-remind-subject = Bitte überprüfen Sie bis { $ends } { $count } Gast/Gäste
reviews-mail-remind-body = Die Überprüfung „{ $campaign }“ fragt Sie, ob { $count } Gast/Gäste noch Zugang brauchen. Sie endet am { $ends }.
reviews-mail-remind-action = Behalten, verlängern oder beenden Sie für jeden den Zugang, und begründen Sie es:
reviews-mail-notify-subject = Braucht { $name } noch Zugang?
reviews-mail-notify-body = { $name }, ein Gast, für den Sie Sponsor sind, wurde von der Regel „{ $rule }“ gefunden: { $condition } ({ $evidence }).
reviews-mail-notify-action = Wenn der Zugang noch gebraucht wird, behalten oder verlängern Sie ihn in Meine Gäste; andernfalls beenden Sie ihn:
