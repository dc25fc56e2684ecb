# Das Verzeichnis: die Suche, die Karte „B2B-Zusammenarbeit“ einer Person und die Aktionen dazu.

## Wie sich jemand anmeldet (ein Identitätsanbieter in Worten).

directory-provider-entra = einem Geschäfts- oder Schulkonto einer anderen Microsoft Entra-Organisation
directory-provider-google = einem Google-Konto
directory-provider-microsoft = einem persönlichen Microsoft-Konto
directory-provider-mail = einem einmaligen Code, der per E-Mail gesendet wird
directory-provider-facebook = einem Facebook-Konto
directory-provider-other = dem eigenen Identitätsanbieter der Organisation ({ $issuer })

## Benutzertypen (Member und Guest in Graph).

directory-user-type-member = Mitglied
directory-user-type-guest = Gast

## Die Zeile der Karte.

directory-your-organisation = Ihrer Organisation
directory-state-not-invited = Nicht eingeladen — meldet sich mit einem Konto von { $organisation } an
directory-state-pending-since = Einladung ausstehend seit { $since }
directory-state-pending = Einladung ausstehend
directory-state-accepted = Angenommen
directory-state-accepted-on = Angenommen am { $on }
directory-state-accepted-with = Angenommen, meldet sich mit { $provider } an
directory-state-accepted-on-with = Angenommen am { $on }, meldet sich mit { $provider } an

## Was das Zurücksetzen der Einlösung bewirkt.

directory-reset-before-provider = { $name } kann sich nicht mehr mit { $provider } anmelden, bis die neue Einladung angenommen ist. Frühere Einladungslinks funktionieren nicht mehr.
directory-reset-before-account = { $name } kann sich nicht mehr mit dem bisherigen Konto anmelden, bis die neue Einladung angenommen ist.
directory-reset-before-link = Der Einladungslink, den { $name } jetzt hat, funktioniert nicht mehr.
directory-reset-to-new = Microsoft sendet eine neue Einladung per E-Mail an die neue Adresse { $address }.
directory-reset-to = Microsoft sendet eine neue Einladung per E-Mail an { $address }.
directory-reset-accepts = Wenn { $name } annimmt, erfolgt die Anmeldung mit dem Konto, das zu { $address } gehört — oder, falls es zu dieser Adresse kein Konto gibt, mit einem einmaligen Code, der an diese Adresse gesendet wird.
directory-reset-stays = Gruppen, Apps, Sponsoren und Benutzername ({ $upn }) bleiben unverändert; nur das Konto für die Anmeldung ändert sich.

## Was eine Änderung des Benutzertyps bewirkt.

directory-to-member-permissions = { $name } erhält Mitgliedsberechtigungen: Das gesamte Verzeichnis — Personen, Gruppen und Apps — ist dann lesbar, wie für Ihre eigenen Mitarbeitenden.
directory-to-member-settings = Einstellungen für Gäste gelten nicht mehr: Einschränkungen für den Gastzugriff, Richtlinien für bedingten Zugriff für Gäste und externe Benutzer sowie Zugriffsüberprüfungen für Gäste.
directory-to-member-licensing = Lizenzierung: Mitglieder werden wie Ihre Mitarbeitenden lizenziert und benötigen daher möglicherweise eine Lizenz für die genutzten Apps.
directory-to-guest-permissions = { $name } erhält Gastberechtigungen: standardmäßig eine eingeschränkte Sicht auf Ihr Verzeichnis — das eigene Profil und nur grundlegende Angaben zu anderen, nicht die vollständige Liste der Personen, Gruppen und Apps.
directory-to-guest-settings = Einstellungen für Gäste gelten dann: Einschränkungen für den Gastzugriff, Richtlinien für bedingten Zugriff für Gäste und externe Benutzer sowie Zugriffsüberprüfungen für Gäste.
directory-to-guest-licensing = Lizenzierung: Externe Benutzer vom Typ Gast werden nach monatlich aktiven Benutzern (MAU) über Microsoft Entra External ID abgerechnet.
directory-type-upn-stays = Der Benutzername bleibt { $upn }: Eine Änderung des Benutzertyps ändert ihn nicht.
directory-type-sign-in-stays = Die Art der Anmeldung ändert sich nicht ({ $state }).
directory-type-groups-stay = Gruppen, Apps und Sponsoren bleiben unverändert.

## Antworten und Ablehnungen der Aktionen.

directory-not-a-user = Das ist kein Benutzer dieses Verzeichnisses. Suchen Sie die Person auf der Seite „Verzeichnis“.
directory-no-valid-id = Der Benutzer hat keine gültige ID.
directory-resend-not-pending = { $name } hat keine ausstehende Einladung: { $state }. Verwenden Sie „Einlösung zurücksetzen“, damit die Person erneut annehmen kann.
directory-resend-heading = Neuer Einladungslink für { $name }
directory-resend-nothing-sent = Microsoft sendet keine E-Mail an eine Adresse, die bereits eingeladen wurde, daher wurde nichts gesendet: Geben Sie diesen Link selbst an { $name } weiter oder senden Sie ihn aus Guestlist.
directory-resend-accept = Nach dem Öffnen und Annehmen erfolgt die Anmeldung mit dem Konto, das zu { $address } gehört.
directory-address-taken = { $address } gehört in Ihrem Verzeichnis bereits zu { $name } ({ $upn }), und eine Adresse kann nur zu einer Person gehören. Prüfen Sie die Adresse oder ändern Sie zuerst das andere Konto.
directory-mail-refused = Microsoft Entra hat die Änderung der Adresse von { $name } abgelehnt. Wenn ein Konto ein Exchange-Postfach hat, verwaltet Exchange die Adresse: Ändern Sie sie stattdessen im Exchange Admin Center (Empfänger, dann Postfächer). { $message }
directory-synced-refusal = { $name } wird aus Ihrem lokalen Active Directory synchronisiert, daher kann Microsoft Entra das Konto nicht ändern: Ändern Sie es im Active Directory, Microsoft Entra Connect überträgt die Änderung.
directory-reset-never-invited = { $name } wurde nie eingeladen, daher gibt es keine Einlösung zum Zurücksetzen: Die Anmeldung erfolgt mit einem Konto Ihrer Organisation. Um die Person zur B2B-Zusammenarbeit zu verschieben, verwenden Sie „In externen Benutzer umwandeln“.
directory-reset-admin-only = Nur ein Administrator kann { $name } auf eine neue E-Mail-Adresse zurücksetzen, da sich dadurch die Adresse ändert. Lassen Sie die Adresse leer, um die neue Einladung an { $address } zu senden.
directory-reset-heading = Einlösung für { $name } zurückgesetzt
directory-reset-failed = Die Einlösung wurde nicht zurückgesetzt: { $error }
directory-reset-app-denied = Guestlist setzt mit seiner eigenen App-Berechtigung zurück (GUESTLIST_INVITE_CREDENTIAL=application), und Microsoft lehnt das für alle ab, die eine Administratorrolle haben. Ein Administrator kann { $name } im Microsoft Entra Admin Center mit dem eigenen Konto zurücksetzen.
directory-reset-mail-changed = Die E-Mail-Adresse wurde bereits in { $address } geändert: Versuchen Sie „Einlösung zurücksetzen“ erneut und lassen Sie das Adressfeld leer.
directory-type-already = { $name } ist bereits { $user_type }. Es wurde nichts geändert.
directory-type-answer-all = Beantworten Sie zuerst jede der vier Fragen.
directory-type-unchanged = Es wurde nichts geändert. Microsoft empfiehlt, den Benutzertyp nur zu ändern, wenn sich die Beziehung einer Person zu Ihrer Organisation ändert: Er gibt an, ob { $name } zu Ihrer Organisation gehört, nicht wie die Anmeldung erfolgt.
directory-type-confirm = Setzen Sie zur Bestätigung das Häkchen bei „Ich habe gelesen, was sich ändert“.
directory-type-done = { $name } ist jetzt { $user_type }.
directory-type-next-upn = Als Nächstes: Ändern Sie den Benutzernamen ({ $upn }) im Microsoft Entra Admin Center (Benutzer, dann { $name }, dann Eigenschaften bearbeiten). Guestlist ändert ihn nicht.
directory-type-next-access = Als Nächstes: Überprüfen Sie Gruppen und Apps der Person und entfernen Sie, was sie nicht mehr haben soll.
directory-type-next-mailbox = Als Nächstes: Weisen Sie im Microsoft 365 Admin Center eine Exchange Online-Lizenz zu, um das Postfach zu erstellen.
directory-mail-not-external = { $name } ist kein externer Benutzer: Die Adresse gehört zu Ihrer Organisation und wird im Microsoft 365 Admin Center geändert. Um die Person zur B2B-Zusammenarbeit zu verschieben, verwenden Sie „In externen Benutzer umwandeln“; dabei wird zuerst die externe Adresse festgelegt.
directory-mail-same = { $address } ist bereits die Adresse von { $name }. Es wurde nichts geändert.
directory-mail-done = Die E-Mail-Adresse von { $name } ist jetzt { $address }.
directory-mail-sign-in-stays = Die Art der Anmeldung ändert sich nicht: Die Person meldet sich weiterhin mit dem Konto an, mit dem sie die Einladung angenommen hat. Damit sie sich mit dem Konto der neuen Adresse anmeldet, setzen Sie die Einlösung zurück.

## Die Suchseite.

directory-title = Verzeichnis
directory-lead = Finden Sie jede Person in Ihrem Verzeichnis — Mitarbeitende, Gäste, interne Konten von Partnern — und sehen Sie, wie es um ihre B2B-Zusammenarbeit steht: ob sie eingeladen wurde und mit welchem Konto sie sich anmeldet.
directory-search-label = Name, E-Mail-Adresse oder Benutzername
directory-search-help = Der Anfang eines Wortes genügt, z. B. „oli“ oder „olivia.chen@“.
directory-no-match = Keine Treffer für „{ $searched }“. Versuchen Sie den Anfang des Vor- oder Nachnamens oder der E-Mail-Adresse.
directory-matches-more = Die ersten { $count } Treffer. Geben Sie mehr vom Namen oder der Adresse ein, um die Suche einzugrenzen.
directory-matches = { $count ->
    [one] { $count } Treffer.
   *[other] { $count } Treffer.
}
directory-col-name = Name
directory-col-upn = Benutzername
directory-col-mail = E-Mail-Adresse
directory-col-user-type = Benutzertyp
directory-col-b2b = B2B-Zusammenarbeit
directory-back = Verzeichnis durchsuchen
directory-breadcrumb = Brotkrümelnavigation
directory-no-such-page = Diese Seite gibt es nicht. Suchen Sie die Person im Verzeichnis und wählen Sie eine Aktion auf ihrer Karte.

## Die Seite einer Person.

directory-resend-button = Einladung erneut senden
directory-resend-help = Ein neuer Einladungslink zum Weitergeben oder Senden aus Guestlist: Microsoft sendet keine zweite E-Mail an dieselbe Adresse.
directory-reset-link = Einlösung zurücksetzen…
directory-reset-link-help = Die Person nimmt erneut an — mit derselben oder einer neuen E-Mail-Adresse — und meldet sich dann mit dem Konto dieser Adresse an.
directory-type-link = Benutzertyp in { $user_type } ändern…
directory-type-link-help = Ob die Person als Teil Ihrer Organisation gilt. Zuerst kommen die Fragen von Microsoft.
directory-mail-link = E-Mail-Adresse ändern…
directory-mail-link-help = Wohin Microsoft Einladungen und Benachrichtigungen sendet.
directory-convert-link = In externen Benutzer umwandeln…
directory-convert-link-help = Die Person meldet sich dann mit dem Konto ihrer eigenen Organisation an und behält ihre Gruppen und Apps.
directory-synced-note = Dieses Konto wird aus Ihrem lokalen Active Directory synchronisiert: Benutzertyp und E-Mail-Adresse werden dort geändert.
directory-company = Unternehmen
directory-job-title = Position
directory-sign-in = Anmeldung
directory-sign-in-allowed = Zugelassen
directory-sign-in-blocked = Blockiert
directory-created = Erstellt
directory-synced = Aus lokaler Umgebung synchronisiert
directory-mailbox = Postfach
directory-mailbox-yes = Ja (Exchange Online)
directory-yes = Ja
directory-no = Nein

## Die Aktionsseiten.

directory-action-title = { $title } — { $name }
directory-reset-title = Einlösung zurücksetzen
directory-reset-current-address = die bisherige Adresse
directory-reset-state = { $name }: { $state }
directory-reset-lead = Durch das Zurücksetzen der Einlösung kann jemand die Einladung erneut annehmen: etwa nach einem Wechsel zu einem anderen Unternehmen, nach dem Verlust des Zugangs zum Konto oder wenn eine andere Adresse verwendet werden soll. Das Konto in Ihrem Verzeichnis bleibt mit allem, was dazugehört, bestehen.
directory-reset-experience = Was { $name } erleben wird
directory-reset-new-address-help = Mit einer neuen Adresse unten geht die Einladung stattdessen dorthin, und die Person nimmt mit dem Konto der neuen Adresse an.
directory-reset-field = Neue E-Mail-Adresse (optional)
directory-reset-field-help = Leer lassen, um die neue Einladung an { $address } zu senden. Eine neue Adresse wird zuerst zur E-Mail-Adresse der Person, wie Microsoft es verlangt, und wird wie bei einer Einladung geprüft.
directory-type-title = Benutzertyp in { $user_type } ändern
directory-type-state = { $name } ist jetzt { $user_type }. { $state }.
directory-type-lead = Der Benutzertyp gibt an, ob jemand zu Ihrer Organisation gehört (Mitglied) oder von außen mitarbeitet (Gast). Er ändert nicht, wie die Anmeldung erfolgt. Microsoft empfiehlt, zuerst diese Fragen zu beantworten.
directory-type-q-relationship = Hat sich die Beziehung von { $name } zu Ihrer Organisation geändert?
directory-type-a-relationship-changed = Ja — zum Beispiel ist die Person Ihrem Personal beigetreten oder hat es verlassen, um für einen Partner zu arbeiten
directory-type-q-upn = Soll sich der Benutzername ({ $upn }) ändern?
directory-type-a-upn-keep = Nein, beibehalten
directory-type-a-upn-change = Ja — ich ändere ihn anschließend im Microsoft Entra Admin Center (die Änderung des Benutzertyps tut das nicht)
directory-type-q-access = Soll die Person den Zugriff auf dieselben Gruppen und Apps behalten?
directory-type-a-access-keep = Ja, alles behalten
directory-type-a-access-review = Nein — ich überprüfe Gruppen und Apps anschließend
directory-type-q-mailbox = Soll die Person ein Postfach haben?
directory-type-a-mailbox-yes = Ja — ich weise anschließend eine Exchange Online-Lizenz zu
directory-type-what-changes = Was sich ändert
directory-type-confirm-label = Ich habe gelesen, was sich ändert
directory-type-confirm-help = Dann ändert Guestlist den Benutzertyp in { $user_type }; sonst ändert sich nichts.
directory-mail-title = E-Mail-Adresse ändern
directory-mail-not-set = nicht festgelegt
directory-mail-state = Die E-Mail-Adresse von { $name } ist { $address }.
directory-mail-lead = Microsoft sendet Einladungen und Benachrichtigungen an diese Adresse. Bei einem externen Benutzer ändert sie nicht, wie die Anmeldung erfolgt; damit die Person sich mit dem Konto einer neuen Adresse anmeldet, setzen Sie stattdessen die Einlösung mit dieser Adresse zurück.
directory-mail-mailbox-alert = Dieses Konto hat ein Exchange Online-Postfach, daher verwaltet Exchange die Adresse, und Microsoft Entra wird die Änderung ablehnen: Ändern Sie sie stattdessen im Exchange Admin Center (Empfänger, dann Postfächer).
directory-mail-field = Neue E-Mail-Adresse
directory-mail-field-help = Dieselben Prüfungen wie bei einer Einladung: kein „+“ oder ähnliche Zeichen, keine Domäne Ihrer Organisation, keine gesperrte Domäne und nicht bereits die Adresse einer anderen Person.
