# The server's own answers: sign-in errors, the page around them, the language choice.

server-page-title = { $title } – Guestlist
server-skip-link = Zum Hauptinhalt springen
server-sign-in-failed-title = Die Anmeldung wurde nicht abgeschlossen
server-sign-in-failed = Die Anmeldung wurde nicht abgeschlossen: { $reason }.
server-try-again = Erneut versuchen
server-home = Startseite
server-signed-out-title = Abgemeldet
server-signed-out = Sie sind von Guestlist abgemeldet.
server-cross-site = Diese Anfrage kam von einer anderen Website, daher hat Guestlist sie abgelehnt. Wenn Sie das wirklich tun wollten, öffnen Sie Guestlist und tun Sie es dort.
server-language-unknown = Diese Sprache bietet Guestlist nicht an. Wählen Sie eine der folgenden: { $languages }.

## Why sign-in did not finish.

server-error-discovery = der Anmeldedienst war nicht erreichbar oder hat nicht richtig geantwortet ({ $detail })
server-error-provider = der Anmeldedienst meldete: { $detail }
server-error-nothing-pending = in diesem Browser lief keine Anmeldung; sie ist vielleicht schon abgeschlossen oder hat zu lange gedauert
server-error-state-mismatch = die Antwort des Anmeldedienstes gehörte nicht zu der in diesem Browser begonnenen Anmeldung
server-error-wrong-issuer = die Antwort kam nicht von dem Anmeldedienst, den dieses Portal verwendet (dessen Aussteller ist { $detail })
server-error-missing-code = der Anmeldedienst hat keinen Anmeldecode zurückgegeben
server-error-exchange = der Anmeldecode konnte nicht eingelöst werden ({ $detail })
server-error-missing-id-token = der Anmeldedienst hat kein ID-Token zurückgegeben
server-error-invalid-id-token = das ID-Token konnte nicht geprüft werden ({ $detail })
server-error-missing-identity = das ID-Token sagt nicht, wer Sie sind (der Claim oid oder tid fehlt)
server-error-session = die Sitzung konnte nicht gespeichert werden ({ $detail })
server-error-account-gone = Ihr Konto ist deaktiviert oder existiert nicht mehr im Verzeichnis
server-error-account-unchecked = das Portal konnte Ihr Konto im Verzeichnis nicht prüfen ({ $detail }) und kann daher nicht feststellen, ob Sie Mitglied der Organisation sind; versuchen Sie es in einigen Minuten erneut oder wenden Sie sich an Ihre Administratorin oder Ihren Administrator, wenn das Problem bleibt
