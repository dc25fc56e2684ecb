# Sponsoren: Meine Gäste, Zugang beenden, die Zugangsseite eines Gastes und die Antworten an Sponsoren.

sponsors-my-guests = Meine Gäste
sponsors-back-home = Zurück zur Startseite
sponsors-open-my-guests = Meine Gäste öffnen
sponsors-back-my-guests = Zurück zu Meine Gäste
sponsors-breadcrumb = Brotkrümelnavigation

## Meine Gäste: die Liste und die Karte jedes Gastes.

sponsors-none = Sie sind für keine Gäste Sponsor. Wenn Sie jemanden einladen oder eine Kollegin oder ein Kollege Ihnen eine Sponsorschaft übergibt, erscheinen die Gäste hier.
sponsors-summary = { $count ->
    [one] Sie sind Sponsor für { $count } Gast: Sie entscheiden mit, ob er noch Zugang braucht.
   *[other] Sie sind Sponsor für { $count } Gäste: Sie entscheiden mit, ob sie noch Zugang brauchen.
}
sponsors-co-sponsor-group = { $name } (Gruppe)
sponsors-co-sponsor-detail = { $name } ({ $detail })
sponsors-sign-in-none = keine erfasst
sponsors-sign-in-interactive = Letzte Anmeldung (interaktiv)
sponsors-sign-in-non-interactive = Letzte Anmeldung (nicht interaktiv, z. B. Teams im Hintergrund)
sponsors-sign-in-successful = Letzte erfolgreiche Anmeldung
sponsors-sign-in-last = Letzte Anmeldung
sponsors-sign-in-unavailable = Nicht verfügbar. { $why }
sponsors-undo-label = Rückgängig machen: { $name } den Zugang zurückgeben
sponsors-end-label = Zugang für { $name } beenden …
sponsors-how-direct = Sie sind selbst Sponsor.
sponsors-how-group = Sie sind Sponsor über die Gruppe { $groups }.
sponsors-co-none = Keine: Sie sind der einzige Sponsor.
sponsors-request-until = Hat am { $date } um mehr Zeit bis { $until } gebeten:
sponsors-request = Hat am { $date } um mehr Zeit gebeten:
sponsors-ended-note = Zugang am { $date } von { $name } beendet: Die Person kann sich nicht mehr anmelden, und ihr Konto wird am { $delete } gelöscht.
sponsors-resend-button = Neuen Einladungslink erhalten
sponsors-hand-over-label = Meine Sponsorschaft übergeben (ich bin danach nicht mehr Sponsor)
sponsors-keep-button = Behalten: braucht weiterhin Zugang
sponsors-access-until = Zugang bis
sponsors-extend-button = Verlängern
sponsors-colleague-label = E-Mail-Adresse der Kollegin oder des Kollegen
sponsors-add-button = Als Sponsor hinzufügen
sponsors-ending-help = Beenden sperrt die Anmeldung sofort und löscht das Konto nach { $days } Tagen; bis dahin können Sie es hier rückgängig machen.
sponsors-fact-invitation = Einladung
sponsors-fact-groups = Gruppen
sponsors-none-groups = Keine
sponsors-fact-apps = Apps
sponsors-none-apps = Keine zugewiesen
sponsors-fact-invited = Eingeladen
sponsors-fact-sponsorship = Ihre Sponsorschaft
sponsors-fact-other-sponsors = Weitere Sponsoren
sponsors-no-end-date = Kein Enddatum festgelegt
sponsors-fact-next-review = Nächste Überprüfung
sponsors-fact-last-confirmed = Zuletzt bestätigt
sponsors-never-confirmed = Noch nie in Guestlist

## Die Angaben zu einem Gast, in Worten.

sponsors-a-guest = Ein Gast
sponsors-a-sponsor = Ein Sponsor
sponsors-this-guest = Dieser Gast
sponsors-an-app = Eine App
sponsors-accepted = Angenommen
sponsors-accepted-on = Angenommen am { $date }
sponsors-invitation-pending = Einladung ausstehend
sponsors-invitation-pending-since = Einladung ausstehend seit { $date }
sponsors-not-invited-b2b = Nicht per B2B-Einladung eingeladen (das Konto wurde auf anderem Weg erstellt)
sponsors-invited-not-through = Nicht über Guestlist eingeladen (oder vor Beginn ihres Überwachungsprotokolls): Das Überwachungsprotokoll von Microsoft Entra zeigt, wer eingeladen hat.
sponsors-invited-by-reason = Eingeladen von { $by } am { $date } über Guestlist. Angegebener Grund: „{ $reason }“
sponsors-invited-by = Eingeladen von { $by } am { $date } über Guestlist. Es wurde kein Grund angegeben.
sponsors-unconfirmed = Noch nicht in Guestlist bestätigt: bitte bis { $date } bestätigen
sponsors-confirmed-by = { $date } von { $name }

## Zugang beenden (die Bestätigungsseite).

sponsors-end-title = Zugang beenden
sponsors-end-not-yours = Dieser Gast gehört nicht zu Ihren Gästen.
sponsors-end-for = Zugang für { $name } beenden
sponsors-end-what-sign-in = { $name } kann sich ab sofort nicht mehr anmelden. Bestehende Sitzungen enden, wenn ihre Token ablaufen (meist innerhalb einer Stunde).
sponsors-end-what-deleted = Das Konto wird nach { $days } Tagen gelöscht. Bis dahin können Sie oder ein anderer Sponsor es in Meine Gäste rückgängig machen: Der Zugang ist dann wieder wie vorher.
sponsors-end-what-told = Die anderen Sponsoren werden per E-Mail informiert.
sponsors-end-understand = Ich habe verstanden
sponsors-end-understand-help = Die Anmeldung wird sofort gesperrt; das Konto wird am Ende der Schonfrist gelöscht.
sponsors-end-keep-link = Behalten: zurück zu Meine Gäste

## Die Aktionen der Sponsoren: Antworten und Ablehnungen.

sponsors-not-yours = Dies ist keiner der Gäste, für die Sie Sponsor sind (oder er existiert nicht mehr). Guestlist zeigt oder ändert ihn daher nicht. Öffnen Sie Meine Gäste, um Ihre Gäste zu sehen.
sponsors-only-people = Nur eine im Portal angemeldete Person kann Sponsor sein; die Befehlszeile und Hintergrundaufgaben nicht.
sponsors-keep-ending = Der Zugang von { $name } wird gerade beendet. Machen Sie das zuerst rückgängig, wenn der Zugang noch gebraucht wird.
sponsors-keep-done = Vielen Dank: { $name } behält den Zugang. Sie werden bis { $date } erneut gefragt.
sponsors-date-format = Geben Sie das Datum ein, bis zu dem der Zugang gelten soll, z. B. 2027-06-30.
sponsors-date-unusable = Dieses Datum kann nicht verwendet werden.
sponsors-date-passed = Der { $date } ist bereits vorbei: Wählen Sie einen Tag nach heute.
sponsors-date-too-far = Verlängern Sie jeweils um höchstens ein Jahr (spätestens bis { $date }); Sie können später erneut verlängern.
sponsors-extend-ending = Der Zugang von { $name } wird gerade beendet. Machen Sie das zuerst rückgängig und verlängern Sie dann.
sponsors-extend-done = Der Zugang von { $name } gilt jetzt bis { $date }. Sie werden dann erneut gefragt.
sponsors-end-unconfirmed = Setzen Sie das Häkchen bei „Ich habe verstanden“, um das Beenden des Zugangs zu bestätigen.
sponsors-end-already = Der Zugang von { $name } wird bereits beendet.
sponsors-end-member = { $name } ist Mitglied Ihrer Organisation, kein Gast: Der Zugang endet mit dem Arbeitsverhältnis, nicht in Meine Gäste.
sponsors-end-done = { $name } kann sich nicht mehr anmelden. Das Konto wird am { $date } gelöscht.
sponsors-end-undo-hint = Bis dahin können Sie (oder ein anderer Sponsor) es in Meine Gäste rückgängig machen: Der Zugang ist dann wieder wie vorher.
sponsors-end-mailed = Die anderen Sponsoren wurden per E-Mail informiert ({ $count }).
sponsors-undo-nothing = Der Zugang von { $name } wird nicht beendet: Es gibt nichts rückgängig zu machen.
sponsors-undo-too-late = Die Schonfrist für { $name } ist abgelaufen, und das Konto wird gelöscht. Ein Administrator kann es innerhalb von 30 Tagen unter „Kürzlich gelöschte Gäste“ wiederherstellen.
sponsors-undo-done = { $name } kann sich wieder anmelden; Gruppen, Apps und Sponsoren sind wie vorher.
sponsors-resend-accepted = { $name } hat die Einladung bereits angenommen: Es gibt nichts erneut zu senden.
sponsors-resend-link = Ein neuer Einladungslink für { $name }:
sponsors-resend-pass-on = Microsoft sendet keine E-Mail an eine bereits eingeladene Adresse: Geben Sie diesen Link selbst weiter.
sponsors-colleague-enter = Geben Sie die E-Mail-Adresse Ihrer Kollegin oder Ihres Kollegen ein, z. B. jonas.lindqvist@northwind.example.
sponsors-colleague-nobody = Niemand in Ihrer Organisation hat die Adresse { $address }. Prüfen Sie sie und versuchen Sie es erneut.
sponsors-colleague-guest = { $name } ist ein Gast, und nur Mitglieder Ihrer Organisation können Sponsor für Gäste sein.
sponsors-colleague-disabled = Das Konto von { $name } ist deaktiviert: Wählen Sie jemanden, der noch in der Organisation ist.
sponsors-hand-over-group = Sie sind Sponsor für { $name } über die Gruppe { $groups }, nicht selbst; daher gibt es keine eigene Sponsorschaft zu übergeben. Fügen Sie stattdessen einen weiteren Sponsor hinzu, oder bitten Sie einen Administrator, die Gruppe zu ändern.
sponsors-add-no-id = Diese Person hat keine ID im Verzeichnis.
sponsors-add-already = { $new } ist bereits Sponsor für { $name }.
sponsors-add-full = { $name } hat bereits { $max } Sponsoren, das Maximum in Microsoft Entra. Übergeben Sie stattdessen Ihre Sponsorschaft, oder bitten Sie einen anderen Sponsor, seine zu übergeben.
sponsors-add-failed = { $new } konnte nicht hinzugefügt werden: { $error }
sponsors-add-done = { $new } ist jetzt Sponsor für { $name }.
sponsors-hand-over-not-removed = Sie konnten nicht als Sponsor entfernt werden ({ $error }); Sie sind jetzt gemeinsam Sponsor.
sponsors-hand-over-done = Sie sind nicht mehr Sponsor für { $name }: Der Gast erscheint nicht mehr in Ihren Meine Gäste.
sponsors-add-mailed = { $new } wurde per E-Mail informiert.

## Der eigene Zugang eines Gastes (/my-access).

sponsors-your-access = Ihr Zugang
sponsors-access-no-sponsor = Sie haben hier keinen Sponsor. Wenden Sie sich an die Person, die Sie eingeladen hat, oder an den Helpdesk der Organisation.
sponsors-access-group = {" "}(eine Gruppe: jedes Mitglied kann helfen)
sponsors-access-until-date = Ihr Zugang gilt bis { $date }.
sponsors-access-no-end = Für Ihren Zugang ist kein Enddatum festgelegt. Ihre Sponsoren bestätigen von Zeit zu Zeit, dass Sie ihn noch brauchen.
sponsors-access-asked = Sie haben am { $date } um mehr Zeit gebeten; Ihre Sponsoren haben Ihre Anfrage.
sponsors-access-heading = Ihr Zugang zu { $organisation }
sponsors-access-hello = Hallo { $name }. Sie sind Gast bei { $organisation }.
sponsors-access-sponsors = Ihre Sponsoren
sponsors-access-sponsors-help = Ihre Sponsoren kümmern sich um Ihren Zugang: Fragen Sie sie, wenn Sie etwas brauchen.
sponsors-access-until-when = Bis wann
sponsors-access-next-review = Nächste Überprüfung: { $date }.
sponsors-access-ask = Um mehr Zeit bitten
sponsors-access-until-optional = Bis (optional)
sponsors-access-until-help = Der letzte Tag, an dem Sie Zugang brauchen, falls Sie ihn kennen.
sponsors-access-reason = Warum Sie weiterhin Zugang brauchen
sponsors-access-reason-help = Ihre Sponsoren entscheiden damit; sie erhalten es per E-Mail.
sponsors-access-send = Anfrage an meine Sponsoren senden
sponsors-access-leaving = Verlassen
# Um den Link „My Account › Organizations“ herum.
sponsors-access-leave-before = Wenn Sie nicht mehr mit { $organisation } zusammenarbeiten, können Sie die Organisation selbst verlassen: Melden Sie sich an unter{" "}
sponsors-access-leave-link = My Account › Organizations
sponsors-access-leave-after = , wählen Sie { $organisation } und dann „Verlassen“. Ihr Gastkonto wird dann entfernt; informieren Sie vorher Ihre Sponsoren.
sponsors-access-person-only = Nur eine im Portal angemeldete Person hat einen eigenen Zugang, den sie ansehen kann.
sponsors-the-organisation = die Organisation
sponsors-wanted-format = Geben Sie das Datum als 2027-06-30 ein, oder lassen Sie das Feld leer.
sponsors-wanted-passed = Der { $date } ist bereits vorbei: Wählen Sie einen Tag nach heute, oder lassen Sie das Feld leer.
sponsors-ask-no-reason = Geben Sie an, warum Sie weiterhin Zugang brauchen: Ihre Sponsoren entscheiden damit.
sponsors-ask-too-long = Der Grund darf höchstens { $max } Zeichen lang sein.
sponsors-ask-already = Sie haben bereits am { $date } gefragt; Ihre Sponsoren haben die Anfrage. Sie antworten in Guestlist, oder wenden Sie sich direkt an sie.
sponsors-ask-no-sponsor = Sie haben in dieser Organisation keinen Sponsor, daher würde niemand die Anfrage erhalten. Fragen Sie die Person, die Sie eingeladen hat, oder den Helpdesk der Organisation.
sponsors-ask-sent = Ihre Anfrage wurde an Ihre Sponsoren gesendet.
sponsors-ask-mailed = { $count } von ihnen wurden per E-Mail informiert; sie verlängern Ihren Zugang in Guestlist oder geben Ihnen anders Bescheid.
