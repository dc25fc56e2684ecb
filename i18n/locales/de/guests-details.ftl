# Die Seite eines Gasts: die Eigenschaften und was sie bedeuten, die Aktionen, kürzlich gelöschte Gäste.

guests-details-not-found = Das ist kein Benutzer dieses Verzeichnisses (oder nicht mehr). Suchen Sie ihn auf der Seite „Gäste“.
guests-details-no-organisation = Microsoft Entra hat Ihre Organisation nicht beschrieben. Versuchen Sie es gleich noch einmal.
guests-this-person = Diese Person

## Wie sich ein Gast anmeldet, nach Identitätsaussteller.

guests-issuer-own = { $issuer } ist Ihre eigene Organisation: Dieser Eintrag ist der Benutzername in Ihrem Verzeichnis, nicht die Art, wie die Person ihre Identität nachweist.
guests-issuer-entra = Meldet sich mit einem Geschäfts-, Schul- oder Unikonto einer anderen Microsoft Entra-Organisation an, nach deren Regeln (MFA, Kennwort, bedingter Zugriff).
guests-issuer-microsoft = Meldet sich mit einem persönlichen Microsoft-Konto an (Outlook.com, Hotmail, Xbox…).
guests-issuer-google = Meldet sich mit dem eigenen Google-Konto an (Google-Verbund).
guests-issuer-facebook = Meldet sich mit dem eigenen Facebook-Konto an.
guests-issuer-mail = Meldet sich mit einem Einmal-Passcode an, den Microsoft jedes Mal an die eigene Adresse sendet: Die Person hat kein eigenes Konto bei Microsoft oder einem Verbundanbieter.
guests-issuer-federated = Meldet sich beim eigenen Identitätsanbieter der Organisation an ({ $issuer }), per SAML oder WS-Fed mit Ihrem verbunden.
guests-issuer-other = Meldet sich beim eigenen Identitätsanbieter der Organisation an ({ $issuer }).

## Die Eigenschaften: eine Bezeichnung und was sie bedeutet.

guests-fact-upn = Benutzername
guests-fact-upn-explain = Der Benutzername in Ihrem Verzeichnis. Gäste erhalten einen mit #EXT#, gebildet aus ihrer E-Mail-Adresse; er ändert nie, wie sie sich anmelden.
guests-fact-mail = E-Mail-Adresse
guests-fact-mail-explain = Wohin Microsoft Einladungen und Benachrichtigungen sendet.
guests-fact-type = Benutzertyp
guests-fact-type-explain = Mitglied oder Gast: ob die Person als Teil Ihrer Organisation gilt, was ihre Standardberechtigungen in Ihrem Verzeichnis bestimmt. Er sagt nichts darüber, wie sie sich anmeldet oder ob sie extern ist.
guests-fact-identities = Identitäten
guests-fact-identities-none = Graph nennt keine Identitäten für diese Person.
guests-fact-state = Einladungsstatus
guests-fact-state-pending = Annahme ausstehend
guests-fact-state-explain = Annahme ausstehend: eingeladen, aber noch nicht angenommen. Angenommen: Die Einladung wurde eingelöst, die Person meldet sich mit ihrem eigenen Konto an. Leer: nie eingeladen.
guests-fact-state-changed = Einladungsstatus geändert
guests-fact-state-changed-explain = Wann die Person zuletzt eingeladen wurde, angenommen hat oder ihre Einlösung zurückgesetzt wurde.
guests-fact-creation = Erstellt durch
guests-fact-creation-explain = Invitation: durch eine B2B-Einladung erstellt. Leer: in Ihrem Verzeichnis als Geschäftskonto erstellt (intern oder synchronisiert).
guests-fact-synced = Verzeichnissynchronisiert
guests-fact-synced-explain = Synchronisierte Konten werden in Ihrem lokalen Active Directory verwaltet: Microsoft Entra (und Guestlist) kann sie nicht ändern, deaktivieren oder löschen.
guests-fact-sign-in = Anmeldung
guests-fact-sign-in-blocked = Gesperrt
guests-fact-sign-in-allowed = Zugelassen
guests-fact-sign-in-explain = Gesperrte Konten können sich überhaupt nicht anmelden, was auch immer die Einladung sagt.
guests-fact-created = Erstellt
guests-fact-created-explain = Wann das Konto in Ihrem Verzeichnis erschien (leer bei manchen Konten von vor Juni 2018).
guests-fact-company = Firma
guests-fact-company-explain = Wie in Ihrem Verzeichnis eingetragen; niemand prüft es.
guests-fact-job = Position
guests-fact-job-explain = Wie in Ihrem Verzeichnis eingetragen.
guests-fact-other-mails = Weitere E-Mail-Adressen
guests-fact-other-mails-explain = Weitere Adressen, unter denen die Person gefunden werden kann.

## Anmeldeaktivität, Einladung, Sponsoren, Apps.

guests-sign-ins-no-licence = Nicht verfügbar: Ihre Organisation hat keine Lizenz für Microsoft Entra ID P1 oder P2, die für Anmeldeaktivität nötig ist.
guests-sign-ins-no-permission = Nicht verfügbar: Guestlist fehlt die Berechtigung AuditLog.Read.All, die für Anmeldeaktivität nötig ist. Ein Administrator kann sie der App erteilen.
guests-sign-ins-not-given = Nicht verfügbar: Microsoft Entra hat diesmal keine Anmeldeaktivität geliefert. Laden Sie die Seite neu, um es erneut zu versuchen.
guests-sponsors-unreadable = Die Sponsoren konnten nicht gelesen werden: { $problem }
guests-invited-by = Am { $date } von { $who } über Guestlist eingeladen
guests-converted-by = Am { $date } von { $who } über Guestlist zu B2B umgewandelt
guests-invited-not-through-guestlist = Nicht über Guestlist eingeladen (oder vor Beginn des Überwachungsprotokolls): Das eigene Überwachungsprotokoll von Microsoft Entra zeigt, wer eingeladen hat.
guests-app-default-access = Standardzugriff
guests-app-unnamed = Eine App

## Warum ein Konto nicht gesperrt oder gelöscht werden darf, und was Sie tun können.

guests-protected-synced = { $who } wird aus Ihrem lokalen Active Directory synchronisiert, daher lehnt Microsoft Entra Änderungen am Konto hier ab: Sperren oder löschen Sie es im Active Directory, und Microsoft Entra Connect übernimmt die Änderung.
guests-protected-yourself = Das ist Ihr eigenes Konto: Guestlist lässt Sie sich nicht selbst sperren oder löschen.
guests-protected-admin = { $who } hat eine Administratorrolle (Globaler Administrator oder Benutzeradministrator) und ist damit Administrator von Guestlist: Guestlist sperrt oder löscht seine eigenen Administratoren nicht. Tun Sie es bei Bedarf im Microsoft Entra Admin Center.
guests-offers-helpdesk = Als Helpdesk-Administrator können Sie Einladungen erneut senden und zurücksetzen; andere Änderungen erfordern einen Administrator.
guests-offers-not-external = Guestlist zählt dieses Konto nicht als extern: Es hat keine Einladung, keinen Benutzernamen mit #EXT# und keine externe Identität.

## Die Aktionen für einen Gast.

guests-action-no-id = Graph hat den Benutzer ohne ID geliefert.
guests-action-already-allowed = { $who } kann sich bereits anmelden. Es wurde nichts geändert.
guests-action-already-blocked = Die Anmeldung von { $who } ist bereits gesperrt. Es wurde nichts geändert.
guests-action-allowed = { $who } kann sich wieder anmelden.
guests-action-allowed-more = Einladung, Gruppen, Apps und Sponsoren sind wie zuvor.
guests-action-blocked = Die Anmeldung von { $who } ist gesperrt.
guests-action-blocked-more = Bestehende Sitzungen enden, wenn ihre Token ablaufen (meist innerhalb einer Stunde). Gruppen, Apps und Sponsoren bleiben erhalten, sodass das erneute Zulassen der Anmeldung den Zugriff wiederherstellt.
guests-action-delete-unconfirmed = Setzen Sie das Häkchen bei „Ich verstehe“, um das Löschen zu bestätigen.
guests-action-deleted = { $who } wurde gelöscht und kann sich nicht mehr anmelden.
guests-action-deleted-more = Microsoft bewahrt gelöschte Konten 30 Tage lang auf: Bis dahin können sie mit ihren Gruppen unter „Kürzlich gelöschte Gäste“ wiederhergestellt werden. Danach sind sie endgültig weg.
guests-group-this = Diese Gruppe
guests-group-dynamic = { $group } hat eine dynamische Mitgliedschaft: Ihre Regel bestimmt, wer Mitglied ist, daher können Mitglieder nicht von Hand hinzugefügt oder entfernt werden. Ändern Sie stattdessen die Eigenschaften der Person oder die Regel.
guests-group-mail-security = { $group } ist eine E-Mail-aktivierte Sicherheitsgruppe: Exchange verwaltet ihre Mitglieder, daher kann Microsoft Graph das nicht. Ändern Sie sie im Exchange Admin Center.
guests-group-distribution = { $group } ist eine Verteilerliste: Exchange verwaltet ihre Mitglieder. Ändern Sie sie im Exchange Admin Center.
guests-group-role-assignable = { $group } kann Administratorrollen enthalten: Nur ein Administrator für privilegierte Rollen darf ihre Mitglieder ändern, im Microsoft Entra Admin Center.
guests-group-gone = Diese Gruppe gibt es nicht (mehr). Wählen Sie sie erneut aus.
guests-group-already-member = { $who } ist bereits Mitglied von { $group }. Es wurde nichts geändert.
guests-group-not-member = { $who } ist kein Mitglied von { $group }. Es wurde nichts geändert.
guests-group-added = { $who } ist jetzt Mitglied von { $group }.
guests-group-removed = { $who } ist kein Mitglied von { $group } mehr.
guests-sponsors-too-many = Ein Gast kann höchstens { $most } Sponsoren haben; { $chosen } wurden gewählt. Entfernen Sie einige Häkchen.
guests-sponsors-none-left = Damit hätte { $who } keinen Sponsor mehr: Niemand würde sich um den Zugriff kümmern. Setzen Sie das Häkchen bei „Alle Sponsoren entfernen“, um das zu bestätigen, oder behalten Sie einen.
guests-sponsors-unchanged = Die Sponsoren von { $who } sind bereits diese. Es wurde nichts geändert.
guests-sponsor-not-in-directory = Dieser Sponsor ist nicht in Ihrem Verzeichnis. Wählen Sie ihn erneut aus.
guests-sponsor-not-in-directory-short = Dieser Sponsor ist nicht in Ihrem Verzeichnis.
guests-sponsor-gone = Dieser Sponsor ist nicht (mehr) in Ihrem Verzeichnis. Wählen Sie ihn erneut aus.
guests-sponsor-self = { $who } kann nicht eigener Sponsor sein.
guests-sponsor-added = { $sponsor } ist jetzt Sponsor von { $who }.
guests-sponsor-add-failed = { $sponsor } konnte nicht hinzugefügt werden: { $problem }
guests-sponsor-named-not-in-directory = { $sponsor } ist nicht in Ihrem Verzeichnis.
guests-sponsor-removed = { $sponsor } ist nicht mehr Sponsor von { $who }.
guests-sponsor-remove-failed = { $sponsor } konnte nicht entfernt werden: { $problem }
guests-sponsor-told = Der neue Sponsor wurde per E-Mail informiert.

## Kürzlich gelöschte Gäste.

guests-deleted-purge-on = { $days ->
    [0] Wird am { $date } endgültig gelöscht (heute ist der letzte Tag zum Wiederherstellen)
    [one] Wird am { $date } endgültig gelöscht (noch { $days } Tag)
   *[other] Wird am { $date } endgültig gelöscht (noch { $days } Tage)
}
guests-deleted-not-found = Dieser Gast ist nicht unter den kürzlich gelöschten: Er wurde vielleicht schon wiederhergestellt oder endgültig gelöscht. Suchen Sie ihn auf der Seite „Gäste“.
guests-deleted-name-taken = { $who } kann nicht wiederhergestellt werden: Ein anderer Benutzer hat jetzt den Benutzernamen { $upn }. Ändern Sie den Namen dieses Benutzers oder löschen Sie ihn, und stellen Sie dann erneut wieder her.
guests-deleted-restored = { $who } ist wiederhergestellt.
guests-deleted-restored-more = Microsoft Entra hat die Gruppenmitgliedschaften zurückgegeben; die Anmeldung funktioniert wie zuvor. Prüfen Sie Sponsoren und App-Zuweisungen auf der Seite der Person.
guests-deleted-purge-unconfirmed = { $who } wurde nicht gelöscht: Setzen Sie das Häkchen bei „Mir ist klar, dass dies nicht rückgängig gemacht werden kann“, um endgültig zu löschen.
guests-deleted-purged = { $who } ist endgültig gelöscht und kann nicht mehr wiederhergestellt werden; laden Sie die Person erneut ein, wenn sie Zugriff braucht.

## Die Seite eines Gasts.

guests-details-bad-id = Das ist kein Benutzer dieses Verzeichnisses. Suchen Sie ihn auf der Seite „Gäste“.
guests-details-bad-group = Diese Gruppe gibt es nicht. Wählen Sie sie erneut aus.
guests-details-title = Gast
guests-back = Zurück zu den Gästen
guests-breadcrumb = Brotkrümelnavigation
guests-details-gone = Diesen Gast gibt es nicht mehr.
guests-offer-resend = Einladung erneut senden…
guests-offer-resend-help = Ein neuer Einladungslink, auf der Karte der Person im Verzeichnis.
guests-offer-reset = Einlösung zurücksetzen…
guests-offer-reset-help = Die Person nimmt erneut an, mit derselben oder (Administratoren) einer neuen E-Mail-Adresse.
guests-offer-user-type = Benutzertyp ändern…
guests-offer-user-type-help = Mitglied oder Gast, nach den Fragen von Microsoft.
guests-offer-mail = E-Mail-Adresse ändern…
guests-offer-mail-help = Wohin Microsoft die Einladungen sendet.
guests-offer-sponsors = Sponsoren ändern…
guests-offer-sponsors-help = Wer sich um den Zugriff kümmert (höchstens fünf).
guests-offer-groups = Zu einer Gruppe hinzufügen…
guests-offer-groups-help = Eine Gruppe nach Namen suchen.
guests-offer-delete = Löschen…
guests-offer-delete-help = 30 Tage lang wiederherstellbar.
guests-offer-block-help = Gesperrte Konten können sich nicht anmelden; Gruppen, Apps und Sponsoren bleiben erhalten.
guests-details-no-sponsor = Kein Sponsor: Niemand ist benannt, der sich um den Zugriff kümmert.
guests-details-sponsored-by = alle Gäste, die { $name } betreut
guests-details-no-groups = Kein Mitglied einer Gruppe.
guests-details-remove-from = Aus { $group } entfernen
guests-details-more-groups = Die Person gehört zu mehr Gruppen als hier gezeigt: Das Microsoft Entra Admin Center listet alle auf.
guests-details-roles = Verzeichnisrollen: { $roles }.
guests-details-no-apps = Keine App-Zuweisungen.
guests-details-app = App
guests-details-app-role = Rolle
guests-details-app-since = Seit
guests-details-no-audit = Guestlist hat für diese Person noch nichts getan.
guests-details-audit-when = Wann
guests-details-audit-who = Wer
guests-details-audit-what = Was
guests-details-audit-outcome = Ergebnis
guests-details-actions = Was Sie tun können
guests-details-properties = Eigenschaften
guests-details-invitation = Einladung
guests-details-sign-ins = Anmeldeaktivität
guests-details-groups = Gruppen
guests-details-apps = Apps
guests-details-audit = Im Überwachungsprotokoll von Guestlist
guests-linked-group = { $name } (Gruppe)
guests-sign-ins-never = Nie angemeldet: Microsoft Entra verzeichnet keine Anmeldung dieser Person (oder keine seit April 2020).
guests-sign-ins-interactive = Letzte interaktive Anmeldung
guests-sign-ins-interactive-help = Die Person hat ein Kennwort oder einen Passcode eingegeben oder eine Anfrage bestätigt (fehlgeschlagene Versuche zählen auch).
guests-sign-ins-non-interactive = Letzte nicht interaktive Anmeldung
guests-sign-ins-non-interactive-help = Eine App hat die Sitzung ohne Zutun der Person erneuert (Teams, Outlook…): Sie nutzt sie noch.
guests-sign-ins-successful = Letzte erfolgreiche Anmeldung
guests-sign-ins-successful-help = Die letzte Anmeldung, die funktioniert hat (erfasst seit Dezember 2023).
guests-details-no-such-page = Diese Seite gibt es nicht. Wählen Sie eine Aktion auf der Seite des Gasts.

## Zu einer Gruppe hinzufügen, die Sponsoren, löschen.

guests-groups-add-to = Zu { $group } hinzufügen
guests-groups-already-member = Bereits Mitglied
guests-groups-title = { $name } zu einer Gruppe hinzufügen
guests-groups-lead = Gruppenmitglieder erhalten, was die Gruppe gewährt: Zugriff auf ihre Apps, Websites und Teams. Gruppen mit dynamischer Mitgliedschaft, Verteilerlisten und Gruppen mit Administratorrollen können hier nicht geändert werden.
guests-groups-q = Gruppenname
guests-groups-q-help = Der Anfang des Namens genügt.
guests-groups-find = Gruppen suchen
guests-groups-group = Gruppe
guests-groups-action = Aktion
guests-sponsors-title = Sponsoren von { $name }
guests-sponsors-lead = Sponsoren sind die Personen (oder Gruppen), die sich um den Zugriff eines Gasts kümmern: Sie werden bei Überprüfungen gefragt, ob der Gast ihn noch braucht. Höchstens fünf.
guests-sponsors-q = Person oder Gruppe zum Hinzufügen suchen
guests-sponsors-q-help = Der Anfang eines Namens oder einer E-Mail-Adresse; markieren Sie sie dann unten.
guests-sponsors-find = Suchen
guests-sponsors-after = Sponsoren nach dem Speichern (bis zu fünf markieren)
guests-sponsors-remove-all = Alle Sponsoren entfernen
guests-sponsors-remove-all-help = Nur wenn sich niemand mehr um diesen Gast kümmern soll: Ohne dieses Häkchen behält Guestlist mindestens einen.
guests-sponsors-save = Sponsoren speichern
guests-delete-done-title = Gelöscht
guests-delete-title = { $name } löschen
guests-delete-loses-access = { $name } kann sich nicht mehr anmelden und verliert den Zugriff auf alles, was ihr gewährt wurde: Gruppen, Apps, Teams und Websites.
guests-delete-restorable = Microsoft bewahrt das gelöschte Konto 30 Tage lang auf: Bis dahin kann es mit seinen Gruppenmitgliedschaften unter „Kürzlich gelöschte Gäste“ wiederhergestellt werden. Nach 30 Tagen ist es endgültig weg.
guests-delete-block-instead = Um die Anmeldung vorerst zu verhindern, ist „Anmeldung sperren“ schonender: Nichts geht verloren.
guests-delete-confirm = Ich verstehe
guests-delete-confirm-help = Das Konto wird sofort gelöscht; eine Wiederherstellung ist 30 Tage lang möglich.
guests-delete-keep = Behalten: zurück zur Seite der Person

## Die Seite „Kürzlich gelöschte Gäste“.

guests-deleted-bad-id = Das ist kein gelöschter Gast. Wählen Sie einen auf der Seite „Kürzlich gelöschte Gäste“.
guests-deleted-lead = Microsoft Entra bewahrt einen gelöschten Benutzer { $days } Tage lang auf und löscht ihn dann endgültig. Bis dahin können Sie ihn wiederherstellen: Er kommt mit seinen Gruppenmitgliedschaften zurück und meldet sich wie zuvor an.
guests-deleted-none = In den letzten { $days } Tagen wurden keine externen Benutzer gelöscht.
guests-deleted-summary-more = Die { $count } zuletzt gelöschten externen Benutzer; es wurden weitere gelöscht.
guests-deleted-summary = { $count ->
    [one] { $count } externer Benutzer wurde in den letzten { $days } Tagen gelöscht.
   *[other] { $count } externe Benutzer wurden in den letzten { $days } Tagen gelöscht.
}
guests-deleted-restore = { $name } wiederherstellen
guests-deleted-purge-link = { $name } endgültig löschen…
guests-deleted-address = E-Mail oder Benutzername
guests-deleted-on = Gelöscht am
guests-deleted-until = Wiederherstellbar bis
guests-deleted-actions = Aktionen
guests-deleted-back = Kürzlich gelöschte Gäste ansehen
guests-deleted-purge-title = { $name } endgültig löschen
guests-deleted-cannot-undo = Dies kann nicht rückgängig gemacht werden
guests-deleted-removed-at-once = { $name } wird sofort aus Microsoft Entra entfernt statt am { $date }.
guests-deleted-nobody-can-restore = Niemand kann die Person danach wiederherstellen: weder Sie noch Microsoft. Ihre Gruppenmitgliedschaften und App-Zuweisungen verschwinden mit ihr.
guests-deleted-invite-again = Wenn sie später wieder Zugriff braucht, laden Sie sie erneut ein: Sie beginnt als neuer Gast.
guests-deleted-confirm = Mir ist klar, dass dies nicht rückgängig gemacht werden kann
guests-deleted-confirm-help = Ohne dieses Häkchen wird nichts gelöscht.
guests-deleted-keep = Behalten und zurück zur Liste
