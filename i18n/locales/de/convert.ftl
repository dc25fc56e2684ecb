# Interne Konten in B2B umwandeln: der Assistent für ein Konto und Stapel.

## Die Prüfungen (ein Titel, was er bedeutet und was zu tun ist).

convert-not-an-account = Das ist kein Konto dieses Verzeichnisses. Suchen Sie es auf der Seite „Umwandeln“.
convert-not-an-account-short = Das ist kein Konto dieses Verzeichnisses.
convert-batch-none-ticked = Wählen Sie mindestens ein Konto zum Umwandeln aus.
convert-batch-too-many = Höchstens { $max } Konten auf einmal; wählen Sie weniger aus.
convert-pick-language = Wählen Sie eine Sprache aus der Liste.
convert-sign-in-password = Benutzername und Kennwort dieser Organisation
convert-sign-in-way = { $way } ({ $issuer })
convert-already-invited-title = Bereits zu B2B eingeladen
convert-already-invited = { $name } meldet sich bereits mit einem externen Konto an oder wurde dazu eingeladen (Status: { $state }). Ein Konto wird nur einmal umgewandelt. Um { $name } einen neuen Link zu senden oder eine erneute Annahme mit einem anderen Konto zu ermöglichen, senden Sie stattdessen die Einladung erneut oder setzen Sie die Einlösung zurück.
convert-on-premises-upn-title = Von Entra Connect mit einem lokalen Benutzernamen synchronisiert
convert-on-premises-upn = Dieses Konto stammt aus Ihrem lokalen Active Directory, und Microsoft Entra Connect hat seinen lokalen Benutzernamen ({ $upn }) in onPremisesUserPrincipalName geschrieben, wie es eine seiner Standard-Synchronisierungsregeln für jeden Benutzer tut. Da dieses Attribut die Anmeldung mit einem externen Konto verhindern kann, wandelt Microsoft Konten mit diesem Attribut nicht um. So wandeln Sie { $name } um: Fügen Sie im Synchronisierungsregel-Editor von Entra Connect eine ausgehende Regel zu Microsoft Entra ID hinzu, die Vorrang vor der Standardregel hat und onPremisesUserPrincipalName für dieses Konto nicht mehr schreibt (Microsoft empfiehlt eine eigene Regel statt einer Änderung der Standardregel, die bei Upgrades überschrieben wird), führen Sie einen Synchronisierungszyklus aus und prüfen Sie dann hier erneut.
convert-synced-title = Aus lokaler Umgebung synchronisiert
convert-synced = Ihr lokales Active Directory bleibt die maßgebliche Quelle für das Konto von { $name }: Änderungen dort überschreiben die Cloud, und das Löschen des lokalen Kontos (oder das Verschieben aus dem synchronisierten Bereich) löscht dieses Cloudkonto mitsamt seinem B2B-Zugriff. Damit { $name } sich nicht mehr lokal anmeldet, setzen Sie das lokale Kennwort auf einen langen unbekannten Wert, statt das Konto zu löschen.
convert-roles-title = Hat Administratorrollen
convert-roles = { $name } hat diese Rollen in Ihrem Verzeichnis: { $roles }. Sie bleiben nach der Umwandlung beim Konto, und dann hat sie jeder, der das Konto von { $name } bei dessen eigener Organisation kontrolliert. Entfernen Sie die Rollen, die { $name } nicht mehr benötigt.
convert-a-directory-role = eine Verzeichnisrolle
convert-own-domain-title = Die Adresse liegt in Ihrer eigenen Domäne
convert-own-domain = { $domain } ist eine verifizierte Domäne Ihrer Organisation. B2B bedeutet, dass { $name } sich mit einem Konto einer anderen Organisation anmeldet; die Adresse muss daher dorthin gehören (zum Beispiel die Adresse von { $name } beim eigenen Unternehmen) und nicht zu Ihrem Mandanten. Geben Sie die externe Adresse ein und prüfen Sie erneut.
convert-address-unusable-title = Die Adresse kann nicht verwendet werden
convert-address-unusable = Die Adresse kann nicht verwendet werden: { $error }.
convert-address-taken-title = Ein anderes Konto verwendet diese Adresse
convert-address-taken = { $name } ({ $upn }) hat bereits { $address }. Eine Adresse gehört zu einem Konto: Verwenden Sie eine andere Adresse oder entfernen Sie sie zuerst von jenem Konto.
convert-no-address-title = Keine externe Adresse
convert-no-address = Das Konto hat keine E-Mail-Adresse. Geben Sie die Adresse bei der eigenen Organisation der Person ein, mit der sie sich anmelden wird, und prüfen Sie sie.
convert-mailbox-title = Die E-Mail-Adresse gehört zu einem Exchange-Postfach
convert-mailbox-blocker = Microsoft wandelt ein Konto nur um, wenn seine E-Mail-Adresse (mail) die externe Adresse ist. { $name } hat ein Exchange Online-Postfach, daher verwaltet Exchange diese Adresse, und Guestlist kann sie nicht ändern. Ändern Sie die primäre E-Mail-Adresse im Exchange Admin Center in { $address } (Empfänger → Postfächer → { $name } → E-Mail-Adressen) oder entfernen Sie, falls das Postfach nicht mehr benötigt wird, seine Exchange Online-Lizenz; prüfen Sie dann hier erneut.
convert-mail-on-premises-title = Die E-Mail-Adresse stammt aus der lokalen Umgebung
convert-mail-on-premises = Microsoft wandelt ein Konto nur um, wenn seine E-Mail-Adresse (mail) die externe Adresse ist. Die Adresse von { $name } wird aus Ihrem lokalen Active Directory synchronisiert: Setzen Sie dort das Attribut mail auf { $address }, führen Sie einen Synchronisierungszyklus aus und prüfen Sie dann hier erneut.

## Warum eine Umwandlung nicht erfolgt ist.

convert-form-blocked = { $name } kann noch nicht umgewandelt werden: { $blockers }. Jeder Punkt wird unten mit seiner Lösung erklärt.
convert-form-set-mail = Microsoft wandelt { $name } nur um, wenn die E-Mail-Adresse (mail) { $address } ist. Setzen Sie das Häkchen bei „E-Mail-Adresse auf die externe Adresse setzen“ oder verwenden Sie die Adresse, die { $name } jetzt hat.
convert-form-cc = Der Kopieempfänger ist keine gültige E-Mail-Adresse. Korrigieren Sie sie oder lassen Sie das Feld leer.
convert-mail-refused = Microsoft hat die Änderung der E-Mail-Adresse von { $name } in { $address } abgelehnt: Die Adresse eines Kontos mit Exchange-Postfach wird in Exchange verwaltet, die eines synchronisierten Kontos in Ihrem lokalen Verzeichnis. Ändern Sie sie dort (Exchange Admin Center → Empfänger → Postfächer → { $display_name } → E-Mail-Adressen) und prüfen Sie dann erneut. Es wurde nichts gesendet. ({ $error })
convert-mail-failed = Die E-Mail-Adresse von { $name } konnte nicht festgelegt werden, daher wurde nichts gesendet: { $error }
convert-password-failed = Das Zurücksetzen des Kennworts von { $name } ist fehlgeschlagen: { $error } Das alte Kennwort funktioniert weiterhin; setzen Sie es im Microsoft Entra Admin Center zurück (Benutzer → { $display_name } → Kennwort zurücksetzen).
convert-password-failed-app = Das Zurücksetzen des Kennworts von { $name } ist fehlgeschlagen: { $error } Guestlist handelt mit seiner eigenen App-Berechtigung (GUESTLIST_INVITE_CREDENTIAL=application), und Microsoft erlaubt einer App das Zurücksetzen von Kennwörtern nur, wenn die App selbst die Rolle „Benutzeradministrator“ in Microsoft Entra hat. Das alte Kennwort funktioniert weiterhin; setzen Sie es im Microsoft Entra Admin Center zurück (Benutzer → { $display_name } → Kennwort zurücksetzen).
convert-password-failed-delegated = Das Zurücksetzen des Kennworts von { $name } ist fehlgeschlagen: { $error } Das Zurücksetzen eines Kennworts erfordert die Rolle „Benutzeradministrator“ in Microsoft Entra („Administrator für privilegierte Authentifizierung“ oder „Globaler Administrator“, wenn { $name } eine Administratorrolle hat), und Guestlist benötigt die vom Administrator erteilte Berechtigung User-PasswordProfile.ReadWrite.All. Das alte Kennwort funktioniert weiterhin; setzen Sie es im Microsoft Entra Admin Center zurück (Benutzer → { $display_name } → Kennwort zurücksetzen).
convert-invitation-refused = Microsoft hat { $name } nicht umgewandelt: { $error }
convert-invitation-refused-role = Microsoft hat { $name } nicht umgewandelt: { $error } Das Umwandeln eines Kontos erfordert die Rolle „Benutzeradministrator“ (oder höher) in Microsoft Entra.

## Die Ergebnisseite.

convert-heading = Umwandlung gestartet
convert-heading-password-failed = Umwandlung gestartet, aber das Zurücksetzen des Kennworts ist fehlgeschlagen
convert-heading-type-failed = Umwandlung gestartet, aber das Festlegen des Benutzertyps ist fehlgeschlagen
convert-heading-both-failed = Umwandlung gestartet, aber das Zurücksetzen des Kennworts und das Festlegen des Benutzertyps sind fehlgeschlagen
convert-done-nothing-until = Nichts ändert sich, bis { $name } annimmt. Wenn { $name } den Link öffnet und sich mit dem Konto bei { $domain } anmeldet ({ $address }), meldet sich das Konto ab dann extern an.
convert-done-keeps = { $name } behält dieselbe Objekt-ID ({ $id }), denselben Benutzernamen ({ $upn }), Gruppenmitgliedschaften und App-Zuweisungen; nur die Art der Anmeldung ändert sich.
convert-done-domain = { $name } muss mit einem Konto bei { $domain } annehmen, der Domäne der E-Mail-Adresse: Mit einem anderen Konto können Dienste wie Teams die Person nicht anmelden.
convert-done-one-way = Ab dann verwendet { $name } dieses externe Konto für die Cloud-Apps Ihrer Organisation. Das ist endgültig: Die externe Anmeldung kann nicht wieder entfernt werden; rückgängig machen heißt, das Konto zu löschen und neu anzulegen.
convert-done-password-reset = Das Kennwort von { $name } wurde auf einen zufälligen Wert gesetzt, den niemand kennt: Das alte Kennwort funktioniert nicht mehr, und bis { $name } annimmt, kann das Konto nicht verwendet werden.
convert-done-password-on-premises = Das lokale Kennwort von { $name } funktioniert in der lokalen Umgebung weiterhin. Setzen Sie es im Active Directory auf einen langen unbekannten Wert, wenn { $name } es nicht mehr verwenden soll.
convert-done-password-kept = Das aktuelle Kennwort von { $name } funktioniert weiterhin (auch für lokale Ressourcen), bis Sie es zurücksetzen.
convert-done-guest = Der Benutzertyp von { $name } ist jetzt Gast: Abrechnung als externer Benutzer (monatlich aktive Benutzer) und Gastberechtigungen im Verzeichnis.
convert-done-guest-failed = Das Festlegen des Benutzertyps von { $name } auf Gast ist fehlgeschlagen: { $error } Ändern Sie ihn auf der Verzeichnisseite von { $name }.
convert-done-type-stays-guest = Der Benutzertyp von { $name } bleibt Gast: Die Umwandlung ändert ihn nicht.
convert-done-type-stays = Der Benutzertyp von { $name } bleibt { $user_type }: Die Umwandlung ändert ihn nicht. Für die Abrechnung nach monatlich aktiven Benutzern setzen Sie ihn auf der Verzeichnisseite auf Gast.
convert-done-teams = In Microsoft Teams sollte { $name } zuerst { $url } öffnen, damit Teams Ihre Organisation öffnet und nicht die eigene.

## Stapel.

convert-batch-open-assistant = Um { $name } eine externe Adresse zu geben, öffnen Sie den Assistenten für { $name }.
convert-batch-action-invited = Nichts: bereits eingeladen ({ $state }). Erneut senden oder zurücksetzen auf der Verzeichnisseite von { $name }.
convert-batch-action-send = Die B2B-Einladung an { $address } senden; { $name } behält das Konto, seine Gruppen und Apps.
convert-batch-action-blocked = Nichts, bis die Hindernisse behoben sind.
convert-batch-mailed = Wird umgewandelt: Microsoft hat die Einladung an { $address } gesendet; das Konto ändert sich, wenn { $name } annimmt.
convert-batch-link = Wird umgewandelt: Geben Sie den Link unten an { $name } weiter; das Konto ändert sich, wenn { $name } annimmt.
convert-batch-guest = Benutzertyp auf Gast gesetzt.
convert-batch-guest-failed = Das Festlegen des Benutzertyps auf Gast ist fehlgeschlagen ({ $error }); ändern Sie ihn auf der Verzeichnisseite.

## Die Seite des Assistenten.

convert-batch-gone = Es gibt keinen Stapel mehr zum Umwandeln. Wählen Sie die Konten erneut aus.
convert-title = In externen Benutzer umwandeln
convert-back = Zurück zur Liste der internen Konten
convert-heading-account = { $name } in einen externen Benutzer umwandeln
convert-assistant-lead = { $name } meldet sich dann mit dem Konto der eigenen Organisation an statt mit einem Kennwort von Ihnen und behält dieses Konto: seine Objekt-ID, den Benutzernamen, Gruppenmitgliedschaften und App-Zuweisungen. Guestlist prüft zuerst jede Voraussetzung, und nichts wird geändert, bis Sie umwandeln.
convert-object-id = Objekt-ID
convert-mail-property = E-Mail-Adresse (mail)
convert-not-set = nicht festgelegt
convert-managed-on-premises = Ihr lokales Active Directory (synchronisiert)
convert-managed-cloud = Nur Microsoft Entra (nur Cloud)
convert-mailbox = Postfach
convert-mailbox-exchange = Exchange Online-Postfach
convert-mailbox-none = keins
convert-signs-in-with = Meldet sich an mit
convert-finding-blocker = Verhindert die Umwandlung: { $title }
convert-finding-warning = Gut zu wissen: { $title }
convert-directory-link = Einladung erneut senden oder Einlösung zurücksetzen auf der Verzeichnisseite von { $name }
convert-ready = Nichts steht im Weg: { $name } kann mit { $address } umgewandelt werden.
convert-address-label = Externe E-Mail-Adresse
convert-address-help = Die Adresse bei der eigenen Organisation, mit der { $name } sich anmelden wird. Microsoft verlangt, dass die E-Mail-Adresse (mail) des Kontos diese Adresse ist.
convert-check-address = Diese Adresse prüfen
convert-set-mail-label = E-Mail-Adresse auf die externe Adresse setzen
convert-set-mail-help = Die E-Mail-Adresse (mail) von { $name } ist { $current }; Microsoft verlangt { $address }. Guestlist setzt sie unmittelbar vor der Einladung; die alte Adresse wird vom Konto entfernt.
convert-mail-already = Die E-Mail-Adresse von { $name } ist bereits { $address }.
convert-password-title = Kennwort:
convert-password-on-premises = Das Kennwort von { $name } stammt aus Ihrem lokalen Active Directory und funktioniert dort weiterhin. Setzen Sie es im Active Directory auf einen langen unbekannten Wert, wenn { $name } es nicht mehr verwenden soll.
convert-reset-password-label = Kennwort jetzt auf einen zufälligen Wert zurücksetzen
convert-reset-password-help = Das aktuelle Kennwort funktioniert sofort nicht mehr, und niemand erfährt das neue: { $name } meldet sich dann nur noch mit dem Konto der eigenen Organisation an, sobald die Einladung angenommen ist. Entfernen Sie das Häkchen, damit das aktuelle Kennwort weiter funktioniert, nach der Umwandlung auch für lokale Ressourcen.
convert-billing-title = Abrechnung:
convert-billing-guest = Der Benutzertyp von { $name } ist bereits Gast: Abrechnung als externer Benutzer (monatlich aktive Benutzer).
convert-set-guest-label = Benutzertyp auf Gast setzen
convert-set-guest-help = Die Umwandlung ändert den Benutzertyp nicht. Als Gast wird { $name } als externer Benutzer abgerechnet (monatlich aktive Benutzer, sobald Ihr Mandant mit einem Azure-Abonnement verknüpft ist) und erhält Gastberechtigungen in Ihrem Verzeichnis; als Mitglied behält { $name } die Berechtigungen eines Mitglieds.
convert-considerations = Zu beachten
convert-teams-title = Teams:
convert-teams-before = Teams öffnet die eigene Organisation einer Person. Nach der Annahme sollte { $name } zuerst
convert-teams-after = öffnen, um Ihre zu erreichen. Die Ergebnisseite wiederholt diesen Hinweis.
convert-invitation = Die Einladung
convert-send-mail-label = Microsoft sendet die Einladungs-E-Mail
convert-send-mail-help = Entfernen Sie das Häkchen, um jetzt nichts zu senden: Die Ergebnisseite zeigt den Link zum Kopieren, als QR-Code oder zum Senden aus Guestlist.
convert-message-help = Ein paar Worte dazu, warum sich die Anmeldung ändert. Microsoft sendet dann Ihre Worte statt seines Standardtexts.

## Die Stapelseite.

convert-batch-title = Interne Konten umwandeln
convert-batch-lead = Partner, die ein Konto Ihrer Organisation erhalten haben, können sich stattdessen mit dem Konto ihrer eigenen Organisation anmelden und behalten dieses Konto mit seinen Gruppen und Apps. Wählen Sie Konten aus, um für jedes zu sehen, was im Weg steht und was getan wird; oder öffnen Sie eines, um seine externe Adresse festzulegen und die Details zu wählen.
convert-on-premises = lokal
convert-cloud-only = nur Cloud
convert-open-assistant = Assistent für { $name } öffnen
convert-find-label = Interne Konten suchen
convert-find-help = Der Anfang eines Namens, einer E-Mail-Adresse oder eines Benutzernamens. Leer zeigt alle.
convert-internal-count = { $count ->
    [one] { $count } internes Konto.
   *[other] { $count } interne Konten.
}
convert-col-convert = Umwandeln
convert-col-name = Name
convert-col-upn = Benutzername
convert-col-mail = E-Mail-Adresse
convert-col-user-type = Benutzertyp
convert-col-managed-in = Verwaltet in
convert-col-one = Einzeln
convert-col-account = Konto
convert-col-address = Externe Adresse
convert-col-checks = Prüfungen
convert-col-action = Was getan wird
convert-col-result = Ergebnis
convert-col-link = Link
convert-check-selected = Ausgewählte Konten prüfen
convert-left-out = Ausgelassen: { $blockers }.
convert-no-blockers = Keine Hindernisse.
convert-none-eligible = Keines dieser Konten kann bisher umgewandelt werden: Die Hindernisse jedes Kontos sagen, was zu beheben ist.
convert-batch-send-mail-label = Microsoft sendet die Einladungs-E-Mails
convert-batch-send-mail-help = Entfernen Sie das Häkchen, um jetzt nichts zu senden: Die Ergebnisse zeigen für jede Person den Link zum Weitergeben.
convert-batch-language = Sprache der E-Mails
convert-batch-set-guest-label = Benutzertyp von Mitgliedern auch auf Gast setzen
convert-batch-set-guest-help = Die Umwandlung ändert den Benutzertyp nicht. Als Gast werden sie als externe Benutzer abgerechnet (monatlich aktive Benutzer) und erhalten Gastberechtigungen.
convert-batch-convert = { $count ->
    [one] { $count } geeignetes Konto umwandeln
   *[other] { $count } geeignete Konten umwandeln
}
convert-preview = Vorschau
convert-preview-lead = Es wurde noch nichts geändert. Konten mit Hindernissen werden ausgelassen; öffnen Sie eines, um seine Adresse zu korrigieren oder die Details zu sehen.
convert-choose-other = Andere Konten auswählen
convert-link-label = Einladungslink für { $name }
convert-link-copy = Link für { $name } kopieren
convert-retry = { $count ->
    [one] Fehlgeschlagenes Konto erneut versuchen
   *[other] Die { $count } fehlgeschlagenen Konten erneut versuchen
}
convert-results = Ergebnisse
convert-other = Andere Konten umwandeln
