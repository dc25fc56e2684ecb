# Der Seitenrahmen (Kopfzeile, Navigation, Sprachmenü, Sandbox-Hinweis), die Startseite, die
# Anmeldung und die eigenen Fehler der Anwendung.

shell-skip-link = Zum Hauptinhalt springen
shell-nav-label = Hauptnavigation
shell-sign-in = Anmelden
shell-sign-out = Abmelden

## Das Sprachmenü in der Kopfzeile.

shell-language-label = Sprache
shell-language-change = Sprache ändern

## Der Sandbox-Hinweis. { $mailbox } ist der Link „Sandbox-Postfach“ (shell-sandbox-mailbox).

shell-sandbox-label = Sandbox-Mandant
shell-sandbox-title = Sandbox-Mandant.
shell-sandbox-text = Sie verwenden einen simulierten Microsoft Entra-Mandanten, der auf diesem Rechner läuft. Nichts verlässt diesen Computer: Einladungen und E-Mails gehen an das { $mailbox } statt an echte Personen.
shell-sandbox-mailbox = Sandbox-Postfach

## Eine Seite, die es nicht gibt. { $link } ist der Link „Zur Startseite“.

shell-not-found-title = Seite nicht gefunden
shell-not-found-text = Unter dieser Adresse gibt es keine Seite. { $link }.
shell-not-found-home = Zur Startseite

## Die Navigation: der Name jeder Seite und ein Satz für die Startseite.

shell-nav-home = Startseite
shell-nav-home-summary = Sehen Sie, als wer Sie angemeldet sind und was Sie tun können.
shell-nav-my-guests = Meine Gäste
shell-nav-my-guests-summary = Die Gäste, für die Sie Sponsor sind, mit allem, was Sie für die Entscheidung brauchen, ob sie noch Zugriff benötigen: behalten, verlängern, beenden oder übergeben.
shell-nav-dashboard = Dashboard
shell-nav-dashboard-summary = Sehen Sie, wie viele externe Benutzer es gibt und wo sie stehen – jede Zahl ist ein Link zu genau diesen Personen.
shell-nav-continuity = Sponsor-Nachfolge
shell-nav-continuity-summary = Finden Sie Gäste, deren Sponsoren ausgeschieden sind oder fehlen, und übergeben Sie sie an einen Nachfolger (die Führungskraft der ausgeschiedenen Person oder wer sie eingeladen hat).
shell-nav-reviews = Zugriffsprüfungen
shell-nav-reviews-summary = Führen Sie Prüfkampagnen durch, in denen Sponsoren bestätigen, dass ihre Gäste noch Zugriff benötigen, und pflegen Sie die Lebenszyklusregeln, die täglich laufen – jede Änderung mit Vorschau, begrenzt und umkehrbar.
shell-nav-guests = Gäste
shell-nav-guests-summary = Alle externen Benutzer in einer Liste: filtern, einen für die Details öffnen, mehrere auf einmal bearbeiten, die Ansicht exportieren.
shell-nav-invite = Einladen
shell-nav-invite-summary = Laden Sie jemanden von außerhalb der Organisation als Gast ein (oder bitten Sie eine genehmigende Person darum, wenn Sie nicht selbst einladen dürfen).
shell-nav-my-requests = Meine Anfragen
shell-nav-my-requests-summary = Ihre Anfragen, Gäste einzuladen, und die Antworten der Genehmigenden.
shell-nav-approvals = Genehmigungen
shell-nav-approvals-summary = Genehmigen oder lehnen Sie Anfragen von Kolleginnen und Kollegen ab, Gäste einzuladen – mit einem Klick.
shell-nav-bulk-invite = Masseneinladung
shell-nav-bulk-invite-summary = Laden Sie viele Personen auf einmal aus einer CSV-Datei oder einer eingefügten Liste ein (oder bitten Sie eine genehmigende Person darum): Sie sehen für jede Zeile, was geschieht, bevor etwas gesendet wird.
shell-nav-directory = Verzeichnis
shell-nav-directory-summary = Finden Sie jede Person im Verzeichnis, sehen Sie ihren B2B-Zusammenarbeitsstatus, senden Sie eine Einladung erneut oder setzen Sie sie zurück, ändern Sie den Benutzertyp oder die E-Mail-Adresse.
shell-nav-convert = Umwandeln
shell-nav-convert-summary = Stellen Sie interne Konten von Partnern auf B2B um, damit sie sich mit dem Konto ihrer eigenen Organisation anmelden und ihren Zugriff behalten.
shell-nav-audit = Protokoll
shell-nav-audit-summary = Sehen Sie jeden Einladungsversuch: wer, wann, an wen und was geschah.
shell-nav-settings = Einstellungen
shell-nav-settings-summary = Legen Sie die Partnerregeln pro Domäne fest und wer Anfragen genehmigt, und sehen Sie die Einstellungen des Mandanten und jede frühere Version.
shell-nav-rules = Regeln
shell-nav-rules-summary = Legen Sie fest, welche Gruppen und App-Rollen einladende Personen ihren Gästen geben dürfen.

## Die Startseite.

shell-home-title = Startseite
shell-welcome-title = Willkommen
shell-welcome-heading = Gastzugriff mit Sorgfalt
shell-welcome-lead = Guestlist hilft Ihrer Organisation, Personen von außerhalb als Gäste einzuladen, festzuhalten, wer für sie verantwortlich ist, und Zugriff zu entfernen, der nicht mehr benötigt wird.
shell-welcome-sign-in-text = Melden Sie sich mit Ihrem Arbeitskonto an, um fortzufahren.
shell-home-hello = Guten Tag, { $name }
shell-home-admin-lead = Ihre Rolle: { $role }. { $description }
shell-home-role = { $role }: { $description }
shell-home-signed-in = Sie sind angemeldet als { $account }.
shell-home-signed-in-with-email = Sie sind angemeldet als { $account } ({ $email }).
shell-home-roles = Ihre Rollen
shell-home-places = Was Sie hier tun können

## Was jede Rolle bedeutet, auf der Startseite.

shell-role-admin = Sie verwalten den Gastzugriff für die gesamte Organisation: alle Gäste, die Einstellungen und das Protokoll.
shell-role-inviter = Sie können Personen von außerhalb der Organisation als Gäste einladen.
shell-role-helpdesk = Sie sehen alle Gäste und ihre Details und können ihre Einladungen erneut senden oder zurücksetzen, wenn sie nicht hineinkommen.
shell-role-sponsor = Sie können sich um die Gäste kümmern, für die Sie Sponsor sind: sehen, wer sie sind und ob sie noch Zugriff benötigen.

## Fehler.

shell-no-tenant-mode = Der Server hat nicht angegeben, welchen Mandanten er verwendet.
shell-transport-error = Das Portal hat nicht richtig geantwortet ({ $detail }). Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
